export const ZH_PLATFORM_PAYMENT = '平台托管|托管|平台里程碑|按平台|走平台|平台上确认|平台上付|站内|担保交易|确认收货|在平台付|在平台上付|通过平台|平台内付|在平台里付|通过app|走app|在app上付|在app里付|app上付|app里付|app内付';
