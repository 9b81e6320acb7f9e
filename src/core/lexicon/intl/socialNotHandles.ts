/**
 * Words that follow "my <platform> is" without being a handle, in the Latin-script languages:
 * the state of an account ("mi insta es privado", "mein Insta ist gesperrt"), "the same", "here".
 * English function words are in the social recognizer's own list.
 */
export const SOCIAL_NOT_HANDLES: readonly string[] = [
  // es / pt
  'privado', 'privada', 'publico', 'público', 'cerrado', 'bloqueado', 'bloqueada', 'nuevo', 'nueva', 'novo', 'nova', 'viejo',
  'mismo', 'misma', 'mesmo', 'mesma', 'igual', 'aqui', 'aquí', 'este', 'esta', 'ese', 'esa', 'lento', 'fechado', 'caido',
  'hackeado', 'hackeada', 'abierto', 'aberto', 'borrado', 'apagado', 'para', 'pero', 'mas', 'porque', 'por', 'con', 'com',
  // fr
  'privé', 'prive', 'bloqué', 'bloque', 'fermé', 'ferme', 'nouveau', 'même', 'meme', 'ici', 'pareil', 'piraté', 'pour', 'avec',
  // de
  'privat', 'gesperrt', 'neu', 'gleich', 'hier', 'gehackt', 'weg', 'offen', 'auch', 'noch', 'aber', 'für', 'mit', 'nicht',
  // it
  'privato', 'bloccato', 'nuovo', 'stesso', 'uguale', 'qui', 'chiuso', 'per', 'anche', 'non',
  // pl / tr / id / tl / vi / hi-Latn
  'prywatny', 'zablokowany', 'nowy', 'ten', 'taki', 'tutaj', 'gizli', 'kapalı', 'yeni', 'aynı', 'burada', 'pribadi',
  'diblokir', 'baru', 'sama', 'sini', 'juga', 'bago', 'dito', 'pareho', 'rieng', 'moi', 'band', 'naya', 'wahi', 'yahi',
  'bhi', 'hai', 'nahi', 'ada', 'yang', 'dan', 'lagi', 'yung', 'nga', 'din', 'lang',
  // English words of the trade typed inside other scripts ("инстаграм reels", "इंस्टा story").
  'reels', 'reel', 'story', 'stories', 'post', 'posts', 'live', 'video', 'videos', 'shop', 'store', 'followers', 'likes',
  'marketing', 'auto-reply', 'autoreply', 'content', 'filter', 'filters', 'feed', 'highlights', 'status', 'update', 'photo', 'photos', 'link',
];
