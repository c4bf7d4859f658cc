/**
 * SortHero codes: the one envelope every device-to-device exchange uses (DESIGN.md). The public
 * API: `encodeCode` / `decodeCode` / `verifyCode` / `openCode`, the link form, the payload types
 * and the refusal codes.
 */
export { decodeCode, encodeCode, InvalidPayloadError, isSelfSigned, MAX_CODE_CHARS, openCode, verifyCode } from './codec'
export type { AnyDecodedCode, DecodedCode, DecodeOptions, SelfSignedKind } from './codec'
export { CODE_KINDS, CODE_VERSION, UNSIGNED_KINDS } from './envelope'
export type { CodeKind } from './envelope'
export { codeDataOf, codeLink } from './link'
export * from './payloads'
export { DECODE_ERRORS, IMPORT_ERRORS } from './result'
export type { CodeError, CodeErrorCode, CodeResult, DecodeErrorCode, ImportErrorCode } from './result'
export { generateDeviceKeyPair, keyIdOf, signerFor } from './signing'
export type { DeviceKeyPair, Signer } from './signing'
export { AREA_CITY_MAX, isUuid, LUZHOU_DISTRICTS } from './wire'
export type { Area, LuzhouDistrict } from './wire'
