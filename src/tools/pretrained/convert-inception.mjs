// Converts the InceptionV3 shipped in nsfwjs@4.4.0 (MIT; TensorFlow.js layers format, 8-bit quantised weights, started
// from ImageNet), up to mixed5, into AugTune's weight file, and records TensorFlow.js's own output of mixed2 and
// mixed5 on fixed inputs, which the Java parity test (InceptionV3FeaturesTest) compares the DJL port with.
//
// Run once, from this folder, with Node 18+ and npm (needs the npm registry):
//   npm install && node convert-inception.mjs
// It writes, relative to the repository root:
//   src/main/resources/io/augtune/engine/inceptionv3-mixed5.bin         the weights (format below)
//   src/main/resources/io/augtune/engine/inceptionv3-mixed5.LICENSE.txt nsfwjs's licence, which the weights keep
//   src/test/resources/io/augtune/engine/inceptionv3-mixed2-reference.json  TF.js outputs of mixed2
//   src/test/resources/io/augtune/engine/inceptionv3-mixed5-reference.json  TF.js outputs of mixed5
// The package tarball is checked against a pinned SHA-256, so the result is the same wherever it is run.
import {
  fetchPackage, readModel, readWeights, int32, name16, writeWeights, writeReferences,
} from './nsfwjs-package.mjs';

const REFERENCE_LAYERS = ['mixed2', 'mixed5'];
const LAST_LAYER = 'mixed5';
// The layer types up to mixed5 that the Java port reproduces; another one means another network.
const KNOWN_TYPES = new Set(['InputLayer', 'Conv2D', 'BatchNormalization', 'Activation', 'MaxPooling2D',
  'AveragePooling2D', 'Concatenate']);
const MAGIC = 'AUGTIQ01';

const work = fetchPackage();
const model = readModel(work, 'inception_v3');
const weights = readWeights(model);

const layers = model.topology.model_config.config.layers;
const kept = layers.slice(0, layers.findIndex((l) => l.config.name === LAST_LAYER) + 1);
for (const l of kept) {
  if (!KNOWN_TYPES.has(l.class_name)) throw new Error(`${l.config.name}: unexpected layer type ${l.class_name}`);
  if (l.class_name === 'BatchNormalization' && (l.config.scale || !l.config.center || l.config.epsilon !== 0.001)) {
    throw new Error(`${l.config.name}: a BatchNorm other than InceptionV3's (scale off, centre on, epsilon 1e-3)`);
  }
  if (l.class_name === 'Conv2D' && l.config.use_bias) throw new Error(`${l.config.name}: a convolution with a bias`);
}
const names = new Set(kept.map((l) => l.config.name));
const tensors = [...weights.entries()].filter(([name]) => names.has(name.split('/')[0]))
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

// The weight file keeps the package's 8-bit codes (a quarter of the floats' size): ASCII magic, int count, then per
// tensor: short name length, UTF-8 name, int rank, int dims (Keras layout), double min, double scale, one unsigned
// byte per value (value = min + scale * byte, computed in double as TF.js does); all big-endian, as Java's
// DataInputStream reads them. BatchNorm stays unfolded: the Java side folds it.
const parts = [Buffer.from(MAGIC, 'ascii'), int32(tensors.length)];
for (const [name, { shape, quantisation, raw }] of tensors) {
  if (!quantisation) throw new Error(`${name}: not 8-bit quantised`);
  const q = Buffer.alloc(16);
  q.writeDoubleBE(quantisation.min, 0);
  q.writeDoubleBE(quantisation.scale, 8);
  parts.push(name16(name), int32(shape.length), ...shape.map(int32), q, Buffer.from(raw));
}
writeWeights(work, 'inceptionv3-mixed5', parts);

// Reference outputs of the original (quantised) model cut at each layer, on two small inputs: a square one and an
// odd-sided one whose sides leave remainders at every stride-2 'valid' layer. (InceptionV3 needs 43 pixels or more
// each way to reach mixed5.) Values are rounded to 7 significant digits, float32's precision, to keep the files small.
const written = await writeReferences(model, REFERENCE_LAYERS, [[75, 75], [61, 83]],
  (layer) => `inceptionv3-${layer}-reference.json`,
  (v) => Number(v.toPrecision(7)));
console.log(`wrote ${tensors.length} tensors and ${written} reference outputs`);
