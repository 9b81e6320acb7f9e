/** Spanish channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['teléfono', 'telefono', 'celular', 'cel', 'correo', 'correo electrónico', 'mail', 'contacto', 'número de teléfono', 'número de celular', 'whatsapp'],
  weakDetail: ['número', 'numero', 'número personal', 'usuario', 'cuenta', 'perfil'],
  yours: ['tu', 'su', 'tus'],
  elsewhere: ['por otro lado', 'por fuera', 'fuera de la plataforma', 'fuera de la app', 'otra app', 'otra aplicación', 'por privado', 'al privado', 'directamente', 'mensaje normal', 'por mensaje normal', 'sms normal', 'otra forma', 'otra manera', 'otro medio', 'por otro medio', 'otro sitio', 'fuera de aquí', 'fuera de acá', 'otro canal', 'otra vía', 'otra via', 'por otra vía'],
  label: ['usuario', 'cuenta', 'perfil', 'página', 'pagina', 'nombre', 'arroba', 'es', 'soy', 'como'],
  here: ['aquí', 'aqui', 'acá', 'aca', 'por aquí', 'la plataforma', 'la app', 'este chat'],
  rule: ['normas', 'reglas', 'política', 'politica', 'permitido', 'prohibido', 'no dejan', 'términos'],
  warning: ['estafa*', 'timo', 'fraude', 'cuidado', 'denunci*', 'ojo'],
  ours: ['nuestro', 'nuestra', 'nuestros', 'nuestras'],
  me: ['me'],
  self: ['yo', 'para mí', 'para mi', 'a mí', 'ando', 'estoy'],
  there: ['allá', 'allí', 'ahí', 'alla', 'alli', 'ahi'],
  rest: ['lo demás', 'lo demas', 'el resto'],
  work: ['vídeo*', 'publicacion*', 'contenido*', 'anuncio*', 'historias', 'plantilla*', 'campaña*', 'página', 'pagina', 'tienda'],
  seen: ['vi', 'visto', 'encontré', 'te encontré', 'vimos', 'me topé', 'descubrí'],
};
