// Helpers shared by the converters of the networks shipped in nsfwjs@4.4.0 (convert.mjs: MobileNetV2,
// convert-inception.mjs: InceptionV3): the pinned package, its quantised weights, models cut at a layer, and the fixed
// test input the reference outputs are computed on.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';

export const PACKAGE = 'nsfwjs@4.4.0';
export const TARBALL_SHA256 = '585cd178f3b994337c4d10a87b080d342fc52f8b9bf0085c4d1f345a3a1c5382';
export const PATTERN = '((x * 7 + y * 13 + c * 29 + x * y) % 256) / 255, channels last';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository's root. */
export const root = join(here, '..', '..', '..');

/** Packs the pinned package into a fresh folder, checks its SHA-256 and unpacks it; returns the folder. */
export function fetchPackage() {
  const work = mkdtempSync(join(tmpdir(), 'augtune-nsfwjs-'));
  execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] });
  const tarball = join(work, 'nsfwjs-4.4.0.tgz');
  const digest = createHash('sha256').update(readFileSync(tarball)).digest('hex');
  if (digest !== TARBALL_SHA256) {
    throw new Error(`${tarball}: SHA-256 ${digest}, expected ${TARBALL_SHA256}; refusing to convert another package`);
  }
  execFileSync('tar', ['xzf', tarball, '-C', work]);
  return work;
}

/**
 * One model of the package: its topology, its weight manifest and its shards (JS-wrapped base64, concatenated in the
 * manifest's order, as TF.js reads them).
 */
export function readModel(work, name) {
  const modelDir = join(work, 'package', 'dist', 'models', name);
  const require = createRequire(import.meta.url);
  const model = require(join(modelDir, 'model.min.js'));
  if (model.weightsManifest.length !== 1) {
    throw new Error(`${name}: ${model.weightsManifest.length} weight groups, expected 1`);
  }
  const shard = Buffer.concat(model.weightsManifest[0].paths.map(
    (p) => Buffer.from(require(join(modelDir, `${p}.min.js`)), 'base64')));
  return { topology: model.modelTopology, manifest: model.weightsManifest[0].weights, shard };
}

/**
 * Every weight of the manifest, stored one after another in the shard: name -> {shape, quantisation (min, scale) or
 * null, raw (the uint8 codes) or values (float32)}. Dequantised values are min + scale * q, as TF.js computes them.
 */
export function readWeights({ manifest, shard }) {
  const weights = new Map();
  let offset = 0;
  for (const spec of manifest) {
    const n = spec.shape.reduce((a, b) => a * b, 1);
    const q = spec.quantization;
    if (q && q.dtype === 'uint8') {
      const raw = shard.subarray(offset, offset + n);
      const values = new Float32Array(n);
      for (let i = 0; i < n; i++) values[i] = q.min + q.scale * raw[i];
      weights.set(spec.name, { shape: spec.shape, quantisation: { min: q.min, scale: q.scale }, raw, values });
      offset += n;
    } else if (!q && spec.dtype === 'float32') {
      const values = new Float32Array(n);
      for (let i = 0; i < n; i++) values[i] = shard.readFloatLE(offset + 4 * i);
      weights.set(spec.name, { shape: spec.shape, quantisation: null, values });
      offset += 4 * n;
    } else {
      throw new Error(`${spec.name}: unsupported storage ${JSON.stringify(q || spec.dtype)}`);
    }
  }
  if (offset !== shard.length) {
    throw new Error(`the shard has ${shard.length} bytes, the manifest describes ${offset}`);
  }
  return weights;
}

/**
 * TF.js's original (quantised) model, cut at a layer. The cut model holds only convolutional layers, so the saved
 * input size can be freed to any size. Weights of the layers cut off are skipped (strict: false).
 */
export async function cutAt({ topology, manifest, shard }, layer) {
  const copy = JSON.parse(JSON.stringify(topology));
  const config = copy.model_config.config;
  config.layers = config.layers.slice(0, config.layers.findIndex((l) => l.config.name === layer) + 1);
  config.layers[0].config.batch_input_shape = [null, null, null, 3];
  config.output_layers = [[layer, 0, 0]];
  return tf.loadLayersModel(tf.io.fromMemory({
    modelTopology: copy,
    weightSpecs: manifest,
    weightData: shard.buffer.slice(shard.byteOffset, shard.byteOffset + shard.byteLength),
  }), { strict: false });
}

/** The fixed test input [1, height, width, 3]: pixel/255 in [0, 1], a pattern every channel sees differently. */
export function testInput(height, width) {
  const input = new Float32Array(height * width * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        input[(y * width + x) * 3 + c] = ((x * 7 + y * 13 + c * 29 + x * y) % 256) / 255;
      }
    }
  }
  return tf.tensor4d(input, [1, height, width, 3]);
}

export function int32(v) {
  const b = Buffer.alloc(4);
  b.writeInt32BE(v);
  return b;
}

/** A UTF-8 name after its length as a big-endian unsigned 16-bit number. */
export function name16(name) {
  const bytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(2);
  header.writeUInt16BE(bytes.length);
  return Buffer.concat([header, bytes]);
}

/** Writes the weight file and the package's licence beside it, as src/main/resources/io/augtune/engine/NAME.bin. */
export function writeWeights(work, name, parts) {
  const resources = join(root, 'src', 'main', 'resources', 'io', 'augtune', 'engine');
  mkdirSync(resources, { recursive: true });
  writeFileSync(join(resources, `${name}.bin`), Buffer.concat(parts));
  copyFileSync(join(work, 'package', 'LICENSE'), join(resources, `${name}.LICENSE.txt`));
}

/**
 * Records TF.js's outputs of the model cut at each layer on the test inputs of these sizes, one JSON file a layer
 * (named by fileOf(layer)) under src/test/resources/io/augtune/engine; each value passed through round. Returns how
 * many outputs were written.
 */
export async function writeReferences(model, layers, sizes, fileOf, round) {
  const tests = join(root, 'src', 'test', 'resources', 'io', 'augtune', 'engine');
  mkdirSync(tests, { recursive: true });
  let written = 0;
  for (const layer of layers) {
    const cut = await cutAt(model, layer);
    const cases = [];
    for (const [height, width] of sizes) {
      const output = cut.predict(testInput(height, width));
      cases.push({ height, width, pattern: PATTERN, outputShape: output.shape,
        output: Array.from(await output.data(), round) });
    }
    writeFileSync(join(tests, fileOf(layer)), JSON.stringify({
      source: PACKAGE, tarballSha256: TARBALL_SHA256, layer, tfjs: tf.version.tfjs, cases,
    }));
    written += cases.length;
  }
  return written;
}

export { tf };
