// SortHero codes (zh-CN): showing a code to scan, copy or save. Merged under `codes`.
export default {
  share: {
    copy: '复制链接',
    copied: '链接已复制，可以粘贴到微信或短信里发送。',
    copyFailed: '没能自动复制，请长按下面的链接手动复制。',
    send: '发送…',
    save: '保存为文件',
    saved: '已保存文件“{name}”。',
    linkLabel: '链接',
    qrHint: '用手机相机或微信“扫一扫”扫这个二维码。',
  },
}
