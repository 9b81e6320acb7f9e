export const ZH_PLATFORM_PAYMENT = '平台托管|托管|平台里程碑|按平台|走平台|平台上确认|平台上付|站内|担保交易|确认收货';
