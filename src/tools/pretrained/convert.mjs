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
import {
  fetchPackage, readModel, readWeights, int32, name16, writeWeights, writeReferences,
} from './nsfwjs-package.mjs';

// The layers read: block_5_add (stride 8, 32 channels) and block_12_add (stride 16, 96 channels).
const REFERENCE_LAYERS = ['block_5_add', 'block_12_add'];
const LAST_BLOCK = 12;
// Keras layer-name prefixes of everything up to block_12_add.
const PREFIXES = ['Conv1', 'bn_Conv1', 'expanded_conv_',
  ...Array.from({ length: LAST_BLOCK }, (_, i) => `block_${i + 1}_`)];
const MAGIC = 'AUGTMN01';

const work = fetchPackage();
const model = readModel(work, 'mobilenet_v2');
const weights = readWeights(model);

// The weight file: ASCII magic, int count, then per tensor: short name length, UTF-8 name, int rank, int dims
// (Keras layout), float values; all big-endian, as Java's DataInputStream reads them.
// (a prefix ends with '_', so block_1_ does not take block_13_ or beyond)
const kept = [...weights.entries()].filter(([name]) => PREFIXES.some((p) => name.startsWith(p)))
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const parts = [Buffer.from(MAGIC, 'ascii'), int32(kept.length)];
for (const [name, { shape, values }] of kept) {
  parts.push(name16(name), int32(shape.length), ...shape.map(int32));
  const body = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => body.writeFloatBE(v, 4 * i));
  parts.push(body);
}
writeWeights(work, 'mobilenetv2-block12', parts);

// Reference outputs: TF.js runs the original (quantised) model, cut at each reference layer, on fixed inputs. Two
// sizes: an even one and an odd one (whose last row the stride-2 layers drop).
const written = await writeReferences(model, REFERENCE_LAYERS, [[64, 48], [37, 29]],
  (layer) => `mobilenetv2-${layer.replace('_add', '').replace('_', '')}-reference.json`,
  (v) => v);
console.log(`wrote ${kept.length} tensors and ${written} reference outputs`);
