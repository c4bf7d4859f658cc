import { describe, expect, it } from 'vitest'
import { inAppBrowserOf } from './in-app-browser'

// User agents as these apps send them (Android and iOS), trimmed to the part that matters.
describe('inAppBrowserOf', () => {
  it.each([
    ['Mozilla/5.0 (Linux; Android 13; V2148A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110005 MMWEBSDK/20231002 MicroMessenger/8.0.43.2480(0x28002B37) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64', 'wechat'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.42(0x18002a2f) NetType/WIFI Language/zh_CN', 'wechat'],
    ['Mozilla/5.0 (Linux; Android 12; PEHM00) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/98.0.4758.102 MQQBrowser/6.2 TBS/046613 Mobile Safari/537.36 V1_AND_SQ_8.9.80_4614_YYB_D QQ/8.9.80.12440 NetType/WIFI WebP/0.3.0 AppId/537176863', 'qq'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Weibo (iPhone14,5__weibo__13.9.1__iphone__os16.6)', 'weibo'],
    ['Mozilla/5.0 (Linux; U; Android 11; zh-CN; M2007J3SC) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 UWS/3.22.2.33 Mobile Safari/537.36 AliApp(DingTalk/7.0.10) com.alibaba.android.rimet/28544451 Channel/700159 language/zh-CN', 'dingtalk'],
    ['Mozilla/5.0 (Linux; U; Android 12; zh-CN; 22041211AC) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 UWS/3.22.2.59 Mobile Safari/537.36 AlipayChannelId/5136 UCBS/3.22.2.59_220921155232 NebulaSDK/1.8.100112 Nebula AlipayDefined(nt:WIFI,ws:393|0|2.75) AliApp(AP/10.3.10.9100) AlipayClient/10.3.10.9100 Language/zh-Hans', 'alipay'],
    ['Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0 Mobile Safari/537.36 Lark/6.9.5 LarkLocale/zh_CN', 'feishu'],
    ['Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0 Mobile Safari/537.36 aweme_270000 JsSdk/1.0 NetType/WIFI app_version/27.0.0', 'douyin'],
  ])('recognises %s', (userAgent, app) => {
    expect(inAppBrowserOf(userAgent)).toBe(app)
  })

  it.each([
    'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    // QQ's own web browser keeps the phone's usual storage: not an in-app browser.
    'Mozilla/5.0 (Linux; U; Android 12; zh-cn; PFFM10) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/98.0.4758.102 MQQBrowser/13.4 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 12; HarmonyOS; NOH-AN00) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.88 HuaweiBrowser/14.0.1.300 Mobile Safari/537.36',
  ])('leaves an ordinary browser alone: %s', (userAgent) => {
    expect(inAppBrowserOf(userAgent)).toBeNull()
  })
})
