/**
 * Probe questions written from the boundary clauses of the five mandates (004 "Samband och gränsdragning" and
 * "Beslutsfattande", 000/001's split between the verksamhetschefsgrupper and the ledningsgrupp, 002's split between
 * the samverkansgrupp and Chefsforum) for round 14, before the router was changed — not taken from any fixture.
 * Each says the clause it follows from.
 */
export interface Probe {
  readonly q: string;
  /** The owner's id, or "none" when no mandate covers the question. */
  readonly want: string;
  readonly clause: string;
}

const PPR = "vgr:program-och-prioriteringsradet";
const KL = "vgr:klinisk-ledning";
const ROSG = "vgr:regionovergripande-samordnande-grupper";
const KG = "vgr:koncernovergripande-grupp";
const KP = "vgr:kontaktperson-samordningsrad";
const BFM = "vgr:samordningsrad-bild-och-funktionsmedicin";
const SR = "vgr:samordningsrad-inom-halso-och-sjukvard";
const VCG = "sjukvardsregion-mellansverige:verksamhetschefsgrupp";
const LG = "sjukvardsregion-mellansverige:ledningsgrupp";
const SG = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const CF = "vastmanland:chefsforum";

const ppr = "004: PPR … vid införande av nya läkemedel och medicinska metoder som har betydande organisatoriska och/eller ekonomiska konsekvenser";
const kl = "004: Klinisk ledning ska omhänderta frågor som rör förändrade arbetssätt och processer i flera verksamhetsområden";
const rosg = "004: Övergripande frågor som rör organisation och arbetsvillkor inkl ersättningar och lokalförsörjning hanteras via regionövergripande samordnande grupper";
const kg = "004: Ställningstaganden som påverkar stödprocesser … koncernövergripande grupp; där varken ordförande eller deltagare har mandat … lyfts till berörd koncernövergripande grupp";
const kp = "004: Ordförande kan lyfta behov av regiongemensamt beslutsfattande till samordningsrådets kontaktperson; mötesfrekvensen … i dialog med kontaktperson";
const bfm = "004 Uppdragsbeskrivning: the råd's own duties (a guessed body's clause does not cover them)";
const vcg = "000 Uppdrag: produktionsplanering, medicinska resultat, kompetensförsörjning, utbildning, upphandlingar, investeringar, Nära vård, tvister, implementera beslutade samarbeten";
const lg = "001 Uppdrag: leder och styr den operativa organiseringen, bereder ärenden, företräder sjukvårdsregionen nationellt, samverkan med kommunerna, kansliets resurser";
const sg = "002: Identifiera områden där oenighet råder … utarbeta förslag till lösning som Chefsforum får ta ställning till";

export const PROBES: readonly Probe[] = [
  { q: "Vi vill börja använda ett nytt och mycket dyrt cancerläkemedel i hela VGR. Vem prioriterar det?", want: PPR, clause: ppr },
  { q: "En ny medicinsk metod inom kardiologin kräver stora omorganisationer. Vem avgör om den ska införas i VGR?", want: PPR, clause: ppr },
  { q: "Är det samordningsrådet som beslutar om införandet av en ny behandlingsmetod med stora ekonomiska konsekvenser?", want: PPR, clause: ppr },
  { q: "Ska ett nytt läkemedel mot MS som kostar väldigt mycket gå till PPR?", want: PPR, clause: ppr },
  { q: "Who decides on introducing an expensive new drug across Västra Götalandsregionen?", want: PPR, clause: ppr },
  { q: "Vi vill ändra processen för sepsispatienter så att den gäller akuten, intensivvården och infektion samtidigt. Vem tar det i VGR?", want: KL, clause: kl },
  { q: "Ett nytt arbetssätt för utskrivning berör både kirurgi, ortopedi och geriatrik. Vilken grupp omhändertar det?", want: KL, clause: kl },
  { q: "Är det Klinisk ledning som ska hantera ett förändrat arbetssätt för bokning inom bara röntgen?", want: BFM, clause: `${kl} — one area is one råd's (004 Uppdragsbeskrivning)` },
  { q: "Vem hanterar processfrågor som ett enskilt samordningsråd inte kan hantera själv?", want: KL, clause: kl },
  { q: "Which body handles changed ways of working that span several specialities in VGR?", want: KL, clause: kl },
  { q: "Vem hanterar lokalförsörjningen för vården i VGR, är det samordningsråden?", want: ROSG, clause: rosg },
  { q: "Sjuksköterskornas ersättning för obekväm arbetstid i hela VGR – vilken grupp hanterar det?", want: ROSG, clause: rosg },
  { q: "Lokalförsörjningen för röntgen i hela regionen, ska bildrådet ta den?", want: ROSG, clause: rosg },
  { q: "Vem tar övergripande frågor om hur hälso- och sjukvården i VGR ska vara organiserad?", want: ROSG, clause: rosg },
  { q: "Röntgensjuksköterskorna vill ha bättre arbetsvillkor i hela regionen. Vem driver det?", want: ROSG, clause: rosg },
  { q: "Who handles pay and working conditions across VGR – the samordningsråd?", want: ROSG, clause: rosg },
  { q: "Bildrådet vill ändra något som påverkar stödprocesserna för hela regionen. Med vem ska det stämmas av?", want: KG, clause: kg },
  { q: "Varken rådets ordförande eller deltagarna har mandat att fatta beslutet. Vart lyfts frågan?", want: KG, clause: kg },
  { q: "Ett ställningstagande i samordningsrådet för bild- och funktionsmedicin påverkar regionens stödprocesser. Vem ska rådet stämma av det med?", want: KG, clause: kg },
  { q: "Bildrådets ordförande vill att hela regionen fattar ett gemensamt beslut om remissrutiner. Vem ska hon lyfta det till?", want: KP, clause: kp },
  { q: "Vem i koncernledningen är bildrådets kontaktperson?", want: KP, clause: kp },
  { q: "Bildrådet vill träffas oftare än åtta gånger per år. Med vem ska det stämmas av?", want: KP, clause: kp },
  { q: "Är det PPR som ska sprida goda exempel mellan förvaltningarna inom bild- och funktionsmedicin?", want: BFM, clause: bfm },
  { q: "Ska remissvaret på det nationella kunskapsstödet om ultraljud gå till Klinisk ledning?", want: BFM, clause: bfm },
  { q: "Är det de regionövergripande samordnande grupperna som ansvarar för bemanningen inom röntgen?", want: BFM, clause: bfm },
  { q: "Vilken grupp leder de regionala processteamen inom kunskapsstyrningen för bild- och funktionsmedicin?", want: BFM, clause: bfm },
  { q: "Regionerna i Mellansverige vill planera ryggoperationerna gemensamt. Vilken grupp gör det?", want: VCG, clause: vcg },
  { q: "Vem samordnar kompetensförsörjningen av barnmorskor mellan regionerna i sjukvårdsregionen?", want: VCG, clause: vcg },
  { q: "Vilken grupp ska samverka om investeringar i ny strålbehandlingsutrustning mellan regionerna i Mellansverige?", want: VCG, clause: vcg },
  { q: "Prioriteringar i upphandlingar mellan regionerna i Sjukvårdsregion Mellansverige – vem samverkar kring det?", want: VCG, clause: vcg },
  { q: "Är det ledningsgruppen som ska följa upp medicinska resultat för höftprotesoperationer i sjukvårdsregionen?", want: VCG, clause: vcg },
  { q: "Vem ska se till att en tvist mellan två regioner i ett samarbete om cancervården i Mellansverige löses?", want: VCG, clause: vcg },
  { q: "Omställningen till nära vård i sjukvårdsregion Mellansverige – vilken grupp samverkar kring den?", want: VCG, clause: vcg },
  { q: "Utbildning av personal inom ortopedi gemensamt för regionerna i Mellansverige – vem tar det?", want: VCG, clause: vcg },
  { q: "Vem implementerar de beslutade samarbetena ute i verksamheterna i sjukvårdsregionen?", want: VCG, clause: vcg },
  { q: "Vem företräder Sjukvårdsregion Mellansverige i nationella sammanhang?", want: LG, clause: lg },
  { q: "Vilken grupp säkerställer en god samverkan med kommunerna i sjukvårdsregion Mellansverige?", want: LG, clause: lg },
  { q: "Vem ser till att samverkansnämndens kansli har rätt resurser och kompetens?", want: LG, clause: lg },
  { q: "Är det verksamhetschefsgruppen som ska representera sjukvårdsregionen gentemot Socialstyrelsen?", want: LG, clause: lg },
  { q: "Vem bereder ärendena till samverkansnämnden?", want: LG, clause: lg },
  { q: "Who represents the Mellansverige healthcare region nationally?", want: LG, clause: lg },
  { q: "Vem leder sjukvårdsregionens utveckling av samverkan?", want: LG, clause: lg },
  { q: "Kommunerna och regionen i Västmanland tolkar ansvaret för hemsjukvården olika. Vem tar fram ett förslag till lösning?", want: SG, clause: sg },
  { q: "Är det Chefsforum som ska utarbeta ett förslag när kommunerna och regionen i Västmanland är oeniga om ansvaret?", want: SG, clause: sg },
  { q: "Samverkansgruppen i Västmanland har tagit fram ett förslag till lösning. Vem tar ställning till det?", want: CF, clause: sg },
  { q: "Vem bestämmer öppettiderna på kommunens bibliotek?", want: "none", clause: "no mandate covers a municipal library" },
  { q: "Vem byter glödlampan i väntrummet på vårdcentralen?", want: "none", clause: "a practical matter of one clinic" },
];
