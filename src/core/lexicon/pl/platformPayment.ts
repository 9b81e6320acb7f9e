export const PL_PLATFORM_PAYMENT =
  'przez serwis|przez platformę|przez aplikację|przez olx|przez allegro|w serwisie|na platformie|jak w umowie|bezpieczna płatność|olx przesyłka|przez stronę|przez strone|opcję gotówka|opcja gotówka|opcję płatności gotówką|opcja płatności gotówką|formularz zwrotu|formularzu zwrotu';
