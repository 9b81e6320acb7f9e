import type { IdCues } from '../idCueTable.js';

export const idCues: IdCues = {
  phone: '电话|手机|号码|手机号|联系|打给|微信',
  ids: '收据|小票|订单|单号|快递单号|运单号|发票|序列号|型号|编号|账号|流水号|取件码|工单|航班|房间|车牌|座位|报价单|发货单|回单|户号|客户号|客户编号|顺丰|中通|圆通|韵达|申通',
  address: '号楼|单元|小区|门牌|室',
};
