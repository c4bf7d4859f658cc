/**
 * Messengers and other apps open links in a browser of their own (WeChat's, QQ's …), and that
 * browser keeps its own storage: a teacher's class saved in the phone's real browser is not
 * there. The import screen uses this to say so instead of importing into the wrong place.
 */

/** The apps whose built-in browsers are told apart; `other` is any other known in-app browser. */
export const IN_APP_BROWSERS = ['wechat', 'qq', 'weibo', 'dingtalk', 'alipay', 'feishu', 'douyin', 'other'] as const
export type InAppBrowser = (typeof IN_APP_BROWSERS)[number]

// Markers the apps put in their user agents. QQ's own web browser (MQQBrowser) is a real browser
// with the phone's usual storage, so the QQ app is recognised by " QQ/" only.
const MARKERS: ReadonlyArray<[RegExp, InAppBrowser]> = [
  [/MicroMessenger|WindowsWechat|wxwork/i, 'wechat'],
  [/(?:^|[\s;(])QQ\//, 'qq'],
  [/Weibo/i, 'weibo'],
  [/DingTalk/i, 'dingtalk'],
  [/AlipayClient/i, 'alipay'],
  [/Lark\/|Feishu/i, 'feishu'],
  [/aweme|BytedanceWebview|NewsArticle/i, 'douyin'],
  [/baiduboxapp|FBAN|FBAV|Instagram|\bLine\//i, 'other'],
]

/** Which app's built-in browser a user agent belongs to, or null for an ordinary browser. */
export function inAppBrowserOf(userAgent: string): InAppBrowser | null {
  for (const [marker, app] of MARKERS) {
    if (marker.test(userAgent)) return app
  }
  return null
}
