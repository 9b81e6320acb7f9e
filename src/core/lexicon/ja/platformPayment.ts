export const JA_PLATFORM_PAYMENT = '仮払い|サイトの仮払い|サイト経由|サイト上で|アプリ経由|エスクロー|検収|返金フォーム|返金申請フォーム';
