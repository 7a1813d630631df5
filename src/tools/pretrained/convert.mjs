// Converts the first blocks of the MobileNetV2 shipped in nsfwjs@4.4.0 (MIT; TensorFlow.js layers format, 8-bit
// quantised weights), up to block_12_add, into AugTune's weight file, and records TensorFlow.js's own output of
// block_5_add and block_12_add on fixed inputs, which the Java parity test (MobileNetFeaturesTest) compares the DJL
// port with.
//
// Run once, from this folder, with Node 18+ and npm (needs the npm registry):
//   npm install && node convert.mjs
// It writes, relative to the repository root:
//   src/main/resources/io/augtune/engine/mobilenetv2-block12.bin         the weights (format below)
//   src/main/resources/io/augtune/engine/mobilenetv2-block12.LICENSE.txt nsfwjs's licence, which the weights keep
//   src/test/resources/io/augtune/engine/mobilenetv2-block5-reference.json   TF.js outputs of block_5_add
//   src/test/resources/io/augtune/engine/mobilenetv2-block12-reference.json  TF.js outputs of block_12_add
// The package tarball is checked against a pinned SHA-256, so the result is the same wherever it is run.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';

const PACKAGE = 'nsfwjs@4.4.0';
const TARBALL_SHA256 = '585cd178f3b994337c4d10a87b080d342fc52f8b9bf0085c4d1f345a3a1c5382';
// The layers read: block_5_add (stride 8, 32 channels) and block_12_add (stride 16, 96 channels).
const REFERENCE_LAYERS = ['block_5_add', 'block_12_add'];
const LAST_BLOCK = 12;
// Keras layer-name prefixes of everything up to block_12_add.
const PREFIXES = ['Conv1', 'bn_Conv1', 'expanded_conv_',
  ...Array.from({ length: LAST_BLOCK }, (_, i) => `block_${i + 1}_`)];
const MAGIC = 'AUGTMN01';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'augtune-nsfwjs-'));

execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] });
const tarball = join(work, 'nsfwjs-4.4.0.tgz');
const digest = createHash('sha256').update(readFileSync(tarball)).digest('hex');
if (digest !== TARBALL_SHA256) {
  throw new Error(`${tarball}: SHA-256 ${digest}, expected ${TARBALL_SHA256}; refusing to convert another package`);
}
execFileSync('tar', ['xzf', tarball, '-C', work]);
const modelDir = join(work, 'package', 'dist', 'models', 'mobilenet_v2');
const require = createRequire(import.meta.url);
const model = require(join(modelDir, 'model.min.js'));
const shard = Buffer.from(require(join(modelDir, 'group1-shard1of1.min.js')), 'base64');

// Dequantise every weight of the manifest (stored one after another in the shard): value = min + scale * q.
const manifest = model.weightsManifest[0].weights;
const weights = new Map();
let offset = 0;
for (const spec of manifest) {
  const n = spec.shape.reduce((a, b) => a * b, 1);
  const values = new Float32Array(n);
  const q = spec.quantization;
  if (q && q.dtype === 'uint8') {
    for (let i = 0; i < n; i++) values[i] = q.min + q.scale * shard[offset + i];
    offset += n;
  } else if (!q && spec.dtype === 'float32') {
    for (let i = 0; i < n; i++) values[i] = shard.readFloatLE(offset + 4 * i);
    offset += 4 * n;
  } else {
    throw new Error(`${spec.name}: unsupported storage ${JSON.stringify(q || spec.dtype)}`);
  }
  weights.set(spec.name, { shape: spec.shape, values });
}
if (offset !== shard.length) {
  throw new Error(`the shard has ${shard.length} bytes, the manifest describes ${offset}`);
}

// The weight file: ASCII magic, int count, then per tensor: short name length, UTF-8 name, int rank, int dims
// (Keras layout), float values; all big-endian, as Java's DataInputStream reads them.
// (a prefix ends with '_', so block_1_ does not take block_13_ or beyond)
const kept = [...weights.entries()].filter(([name]) => PREFIXES.some((p) => name.startsWith(p)))
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const parts = [Buffer.from(MAGIC, 'ascii'), int32(kept.length)];
for (const [name, { shape, values }] of kept) {
  const bytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(2);
  header.writeUInt16BE(bytes.length);
  parts.push(header, bytes, int32(shape.length), ...shape.map(int32));
  const body = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => body.writeFloatBE(v, 4 * i));
  parts.push(body);
}
const resources = join(root, 'src', 'main', 'resources', 'io', 'augtune', 'engine');
mkdirSync(resources, { recursive: true });
writeFileSync(join(resources, 'mobilenetv2-block12.bin'), Buffer.concat(parts));
copyFileSync(join(work, 'package', 'LICENSE'), join(resources, 'mobilenetv2-block12.LICENSE.txt'));

// Reference outputs: TF.js runs the original (quantised) model, cut at each reference layer, on fixed inputs. Two
// sizes: an even one and an odd one (whose last row the stride-2 layers drop).
// Each cut model holds only convolutional layers, so the saved 224 x 224 input can be freed to any size. Weights of
// the layers cut off are skipped (strict: false).
const tests = join(root, 'src', 'test', 'resources', 'io', 'augtune', 'engine');
mkdirSync(tests, { recursive: true });
let written = 0;
for (const layer of REFERENCE_LAYERS) {
  const cut = await cutAt(layer);
  const cases = [];
  for (const [height, width] of [[64, 48], [37, 29]]) {
    // pixel/255 inputs in [0, 1], a fixed pattern that every channel sees differently
    const input = new Float32Array(height * width * 3);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        for (let c = 0; c < 3; c++) {
          input[(y * width + x) * 3 + c] = ((x * 7 + y * 13 + c * 29 + x * y) % 256) / 255;
        }
      }
    }
    const output = cut.predict(tf.tensor4d(input, [1, height, width, 3]));
    cases.push({
      height, width, pattern: '((x * 7 + y * 13 + c * 29 + x * y) % 256) / 255, channels last',
      outputShape: output.shape, output: Array.from(await output.data()),
    });
  }
  const block = layer.replace('_add', '').replace('_', '');
  writeFileSync(join(tests, `mobilenetv2-${block}-reference.json`), JSON.stringify({
    source: PACKAGE, tarballSha256: TARBALL_SHA256, layer, tfjs: tf.version.tfjs, cases,
  }));
  written += cases.length;
}
console.log(`wrote ${kept.length} tensors and ${written} reference outputs`);

async function cutAt(layer) {
  const topology = JSON.parse(JSON.stringify(model.modelTopology));
  const config = topology.model_config.config;
  config.layers = config.layers.slice(0, config.layers.findIndex((l) => l.config.name === layer) + 1);
  config.layers[0].config.batch_input_shape = [null, null, null, 3];
  config.output_layers = [[layer, 0, 0]];
  return tf.loadLayersModel(tf.io.fromMemory({
    modelTopology: topology,
    weightSpecs: manifest,
    weightData: shard.buffer.slice(shard.byteOffset, shard.byteOffset + shard.byteLength),
  }), { strict: false });
}

function int32(v) {
  const b = Buffer.alloc(4);
  b.writeInt32BE(v);
  return b;
}
