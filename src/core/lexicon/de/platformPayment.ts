export const DE_PLATFORM_PAYMENT =
  'über die plattform|ueber die plattform|über die app|in der app|auf der seite|über die seite|auf der plattform|läuft über die plattform|treuhand~|meilenstein freigegeben|freigegeben|sicher bezahlen|käuferschutz|bar-option|barzahlungsoption|option barzahlung|erstattungsformular|rückerstattungsformular';
