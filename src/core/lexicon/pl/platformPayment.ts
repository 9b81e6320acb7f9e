export const PL_PLATFORM_PAYMENT =
  'przez serwis|przez platformę|przez aplikację|przez olx|przez allegro|w serwisie|na platformie|jak w umowie|bezpieczna płatność|olx przesyłka|formularz zwrotu|formularzu zwrotu';
