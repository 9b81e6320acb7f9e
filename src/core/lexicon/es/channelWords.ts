/** Spanish channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['teléfono', 'telefono', 'celular', 'cel', 'correo', 'correo electrónico', 'mail', 'contacto', 'número de teléfono', 'número de celular', 'whatsapp'],
  weakDetail: ['número', 'numero', 'número personal', 'usuario', 'cuenta', 'perfil'],
  yours: ['tu', 'su', 'tus'],
  elsewhere: ['por otro lado', 'por fuera', 'fuera de la plataforma', 'fuera de la app', 'otra app', 'otra aplicación', 'por privado', 'al privado', 'directamente', 'mensaje normal', 'por mensaje normal', 'sms normal', 'otra forma', 'otra manera', 'otro medio', 'por otro medio', 'otro sitio', 'fuera de aquí', 'fuera de acá', 'otro canal', 'otra vía', 'otra via', 'por otra vía', 'en otro lado', 'otro lado'],
  label: ['usuario', 'cuenta', 'perfil', 'página', 'pagina', 'nombre', 'arroba', 'es', 'soy', 'como'],
  here: ['aquí', 'aqui', 'acá', 'aca', 'por aquí', 'la plataforma', 'la app', 'este chat', 'en la app'],
  rule: ['normas', 'reglas', 'política', 'politica', 'permitido', 'prohibido', 'no dejan', 'términos'],
  warning: ['estafa*', 'timo', 'fraude', 'cuidado', 'denunci*', 'ojo'],
  ours: ['nuestro', 'nuestra', 'nuestros', 'nuestras'],
  me: ['me'],
  self: ['yo', 'para mí', 'para mi', 'a mí', 'ando', 'estoy'],
  there: ['allá', 'allí', 'ahí', 'alla', 'alli', 'ahi'],
  rest: ['lo demás', 'lo demas', 'el resto'],
  work: ['vídeo*', 'publicacion*', 'contenido*', 'anuncio*', 'historias', 'plantilla*', 'campaña*', 'página', 'pagina', 'tienda', 'canal', 'seguidores'],
  appWord: ['app', 'aplicación', 'aplicacion', 'aplicaciones', 'apli'],
  otherApp: ['otra', 'otro', 'otras', 'distinta', 'verde', 'azul', 'morada', 'amarilla'],
  seen: ['vi', 'visto', 'encontré', 'te encontré', 'vimos', 'me topé', 'descubrí'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['cualquier cosa', 'lo que sea', 'si necesitas algo', 'cuando quieras', 'si pasa algo', 'por cualquier cosa'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['llegues', 'llegas', 'llegando', 'en la puerta', 'abajo', 'afuera', 'en camino', 'estés cerca', 'portón', 'estés en', 'en el portón', 'en la entrada', 'llegás', 'estés abajo', 'en el portal'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['mi'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['en mi perfil', 'en mi bio', 'en la bio'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['pero'],
};
