/**
 * The one place that imports @zxing/library, and only the six classes the decoder core uses.
 *
 * Why deep imports of its CommonJS files rather than `import … from '@zxing/library'`:
 * - Size. The package index pulls in every reader and writer (121 KB gzipped in a worker bundle;
 *   its ES build does not tree-shake). These six modules and what they import come to 32 KB, and
 *   the decode worker is downloaded on a phone.
 * - One import for every runtime. Node (tests, `npm run kb`, benchmarks) resolves the package to
 *   its CommonJS build, where a named import fails; Vite bundles CommonJS files for the page and
 *   the worker. The `.js` extensions are for Node, which does not guess them.
 * The price: these paths are the package's layout, not its documented API. package.json pins
 * @zxing/library to 0.23.x; a move would fail every decoder test, not silently.
 */
import BinaryBitmapModule from '@zxing/library/cjs/core/BinaryBitmap.js'
import BitArrayModule from '@zxing/library/cjs/core/common/BitArray.js'
import HybridBinarizerModule from '@zxing/library/cjs/core/common/HybridBinarizer.js'
import Code128ReaderModule from '@zxing/library/cjs/core/oned/Code128Reader.js'
import QRCodeReaderModule from '@zxing/library/cjs/core/qrcode/QRCodeReader.js'
import RGBLuminanceSourceModule from '@zxing/library/cjs/core/RGBLuminanceSource.js'

/**
 * Node hands over a CommonJS module's `exports` as the default import, so the class is at
 * `.default`; Vite's interop already unwraps modules marked `__esModule`.
 */
function commonJsDefault<T>(module: T): T {
  return (module as { default?: T }).default ?? module
}

export const BinaryBitmap = commonJsDefault(BinaryBitmapModule)
export const BitArray = commonJsDefault(BitArrayModule)
export const HybridBinarizer = commonJsDefault(HybridBinarizerModule)
export const Code128Reader = commonJsDefault(Code128ReaderModule)
export const QRCodeReader = commonJsDefault(QRCodeReaderModule)
export const RGBLuminanceSource = commonJsDefault(RGBLuminanceSourceModule)

export type ZXingBitArray = InstanceType<typeof BitArray>
export type ZXingCode128Reader = InstanceType<typeof Code128Reader>
export type ZXingQRCodeReader = InstanceType<typeof QRCodeReader>
