/**
 * Finds Swedish personal identity numbers (personnummer and samordningsnummer): a date (day + 60 for
 * samordningsnummer), a birth number and a Luhn check digit. Such text is refused, never stored or logged.
 */
const CANDIDATE = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})\s?([-+]?)\s?(\d{3})(\d)(?!\d)/g;

function luhnOk(nineDigits: string, check: number): boolean {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === check;
}

function validDate(century: string | undefined, yy: string, mm: string, dd: string): boolean {
  const month = Number(mm);
  let day = Number(dd);
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1) return false;
  const year = century ? Number(century + yy) : 2000 + Number(yy);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Without a century 29 February is accepted if either century makes it valid.
  const leapFallback = !century && month === 2 && day === 29;
  return day <= days || leapFallback;
}

export function containsPersonnummer(text: string): boolean {
  for (const m of text.matchAll(CANDIDATE)) {
    const [, century, yy, mm, dd, , birth, check] = m;
    if (century && century !== "19" && century !== "20" && century !== "18") continue;
    if (!validDate(century, yy!, mm!, dd!)) continue;
    if (luhnOk(`${yy}${mm}${dd}${birth}`, Number(check))) return true;
  }
  return false;
}
