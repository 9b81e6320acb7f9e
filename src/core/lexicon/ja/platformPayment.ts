export const JA_PLATFORM_PAYMENT = '仮払い|サイトの仮払い|サイト経由|サイト上で|アプリ経由|エスクロー|検収|現金払いオプション|現金オプション';
