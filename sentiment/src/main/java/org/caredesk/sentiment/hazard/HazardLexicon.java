package org.caredesk.sentiment.hazard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.caredesk.sentiment.language.TextLanguage;

/**
 * The phrases that signal each hazard, per language, as regular expressions compiled once.
 *
 * <p>Bare words that are mostly figurative in complaints ("fire" the agent, "shocked" by the
 * bill, "rotten" service) are only taken inside phrases; words that are nearly always literal
 * ("smoke", "sparks", "melted", "scossa") stand alone. Gaps inside a phrase never cross a
 * negator, so "the brakes did not fail" is no brake failure while "did not deploy" in "the airbag
 * did not deploy" is part of the hazard itself.
 */
final class HazardLexicon {

    /** Up to two words between the parts of a phrase, none of them a negation. */
    private static final String GAP =
            "(?:(?!(?:not|never|no|non|mai|nessun\\p{L}*|niente|nulla|didnt|doesnt|dont|wasnt|werent|isnt|wont|cant)\\b)(?![\\p{L}]+n't\\b)[\\p{L}']+\\s+){0,2}";

    private static final Map<HazardCategory, List<String>> ENGLISH = new EnumMap<>(Map.of(
            HazardCategory.FIRE,
                    List.of(
                            "caught fire",
                            "catch(?:es|ing)? fire",
                            "on fire",
                            "set (?:\\w+ )?on fire",
                            "started a fire",
                            "fire (?:hazard|risk|broke out|started)",
                            "burst into flames?",
                            "in flames",
                            "flames?",
                            "smoke",
                            "smoking",
                            "smoked",
                            "smoky",
                            "burn(?:s|ed|t|ing)?",
                            "burn marks?",
                            "scorch(?:ed|ing|es)?",
                            "melt(?:s|ed|ing)?",
                            "molten",
                            "sparks?",
                            "sparking",
                            "sparked",
                            "charred",
                            "singed"),
            HazardCategory.ELECTRIC_SHOCK,
                    List.of(
                            "electric(?:al)? shocks?",
                            "electrocut\\w*",
                            "(?:gave|give|gives|giving|got|get|gets|getting|received|had) (?:me |us |him |her |my \\w+ )?(?:an? )?(?:\\w+ )?shocks?",
                            "shocked me",
                            "zapp(?:ed|ing)",
                            "exposed (?:wires?|wiring)",
                            "live wires?"),
            HazardCategory.INJURY,
                    List.of(
                            "injur(?:y|ies|ed|ing)",
                            "hurt (?:me|myself|him|her|them|us|my|his|her|our|the baby)",
                            "cut (?:my|his|her|their|our|myself|himself|herself|me|him|open)",
                            "(?:deep|bad|nasty|serious|big) (?:cut|gash|wound)",
                            "gash(?:ed|es)?",
                            "lacerat\\w*",
                            "wounds?",
                            "bleed(?:s|ing)?",
                            "bled",
                            "blood(?:y)?",
                            "stitches",
                            "hospital\\w*",
                            // "the bolt fractured" is a part, not a person: a fracture is a noun or someone's bone.
                            "emergency room",
                            "a&e",
                            "fractures?",
                            "fractured (?:my|his|her|their|a|the) (?:arm|leg|wrist|skull|rib|ribs|hip|ankle|hand|foot|finger|neck|back|nose|jaw)",
                            "broke (?:my|his|her|their) (?:arm|leg|wrist|finger|toe|nose|tooth|ankle|hand|foot)",
                            "bruis\\w*",
                            "sprain\\w*",
                            "concussion",
                            "(?:trapped|pinched|crushed|sliced) (?:my|his|her|their) \\w+"),
            HazardCategory.CHOKING,
                    List.of(
                            "chok(?:e|ed|es|ing)",
                            "gagg(?:ed|ing)",
                            "swallowed",
                            "swallowing (?:a|the|it|part|piece)",
                            "couldn'?t breathe",
                            "could not breathe",
                            "(?:lodged|stuck) in (?:his|her|my|their|the) throat",
                            "small parts? " + GAP + "(?:came|come|comes|fell|broke) (?:off|loose)",
                            "button batter(?:y|ies)"),
            HazardCategory.ALLERGY_CONTAMINATION,
                    List.of(
                            "allerg\\w*",
                            "anaphyla\\w*",
                            "epipen",
                            "contaminat\\w*",
                            "mou?ld(?:y|s)?",
                            "mildew",
                            "foreign (?:object|objects|body|bodies|material|matter)",
                            "(?:glass|metal|plastic) (?:shards?|fragments?|pieces?|splinters?|bits?)",
                            "(?:shards?|fragments?|pieces?|bits?|splinters?) of (?:glass|metal|plastic|wire)",
                            "glass (?:in|inside) (?:it|the|my|our)",
                            "(?:found|was|were|there was|there were) (?:a |an |some )?(?:hair|insects?|bugs?|worms?|maggots?|cockroach\\w*|flies|larva\\w*|stone|screw|bolt) (?:in|inside)",
                            "food poisoning",
                            "salmonella",
                            "listeria",
                            "e\\.?\\s?coli",
                            "made (?:me|us|him|her|them|my \\w+) (?:sick|ill|vomit)",
                            "vomit\\w*",
                            "threw up",
                            "diarrh\\w*",
                            "rash",
                            "hives",
                            "undeclared \\w+",
                            "smell(?:s|ed)? (?:rotten|off)",
                            "(?:face|lips?|throat|tongue|eyes?) " + GAP + "(?:swell\\w*|swollen)",
                            "swollen (?:face|lips?|throat|tongue|eyes?)"),
            HazardCategory.OVERHEATING,
                    List.of(
                            "overheat\\w*",
                            "over-heat\\w*",
                            "(?:too|very|extremely|dangerously|really|super|scorching|burning|so) hot",
                            "got (?:so |very |really )?hot",
                            "gets (?:so |very |really )?hot",
                            // A battery that explodes overheated; a sunroof or a window that "exploded" shattered (hand
                            // labels of real vehicle complaints, issue 14: every such overheating tag was wrong).
                            "(?<!(?:roof|glass|window|windshield|windscreen|panel)\\s(?:had\\s|has\\s|just\\s|suddenly\\s|spontaneously\\s)?)explo(?:de|des|ded|ding|sion|sions)",
                            "blew up",
                            "blown up",
                            "thermal runaway",
                            "(?:battery|batteries|power ?bank|phone|pack) " + GAP
                                    + "(?:swollen|swelled|swelling|bulg\\w*|puffed|expand\\w*|leak\\w*)",
                            "(?:swollen|bulging|puffed[- ]up|expanded|leaking) batter(?:y|ies)"),
            HazardCategory.VEHICLE_FAILURE,
                    List.of(
                            "brakes? " + GAP
                                    + "(?:fail\\w*|stopped working|didn'?t work|did not work|don'?t work|gave out|gave way|locked up|went soft|not working)",
                            "brake failure",
                            "(?:lost|loss of|no) (?:the )?brakes",
                            "(?:lost|loss of) (?:power )?steering",
                            // A warning light is not yet a failure (hand labels of real vehicle complaints, issue 14).
                            "airbags? " + GAP
                                    + "(?:fail\\w*|didn'?t deploy|did not deploy|not deploy\\w*|deployed|went off|inflated)",
                            "steering " + GAP + "(?:fail\\w*|lock\\w*|seized|jammed|went (?:stiff|loose))",
                            "stall(?:ed|s|ing) (?:on|in|at) (?:the )?(?:highway|motorway|freeway|road|intersection|junction)",
                            "accelerat\\w* (?:by itself|on its own)",
                            "(?:unintended|sudden) acceleration",
                            "wheel (?:came|fell) off",
                            "seat ?belts? " + GAP + "(?:fail\\w*|snapped|broke|jammed)",
                            "(?:tyre|tire) blew",
                            "blowout",
                            // Real vehicle narratives (NHTSA complaints): a stall or a loss of power while driving is
                            // the
                            // most reported hazard, and a crash is the outcome the other categories do not name.
                            "stall(?:s|ed|ing)?",
                            "(?:engine|car|vehicle|motor) " + GAP
                                    + "(?:died|dies|shut (?:off|down)|cut (?:off|out)|quit)",
                            "(?:lost|loss of|losing) (?:all )?(?:motive |engine )?power",
                            "rear[- ]ended",
                            "(?:crash(?:ed|es|ing)?|collided|slammed) (?:into|with)",
                            "(?:car|auto|vehicle|head[- ]on|rollover) crash(?:es)?",
                            "(?:in|into|caused) an? (?:accident|crash|collision)",
                            // Further ways real vehicle narratives tell of losing control of the car.
                            "(?:lost|loss of|losing) control",
                            "accelerat\\w* (?:independently|inadvertently|uncontrollably)",
                            "surg(?:e|es|ed|ing) (?:forward|ahead|while|when)",
                            "lung(?:e|es|ed|ing) forward",
                            "(?:engine|motor) " + GAP + "seized",
                            "limp mode",
                            "rolled (?:backwards?|forwards?|away)",
                            "transmission " + GAP + "(?:fail\\w*|slipp\\w*)",
                            "(?:would not|wouldn'?t|failed to|did not|didn'?t) stop")));

    private static final Map<HazardCategory, List<String>> ITALIAN = new EnumMap<>(Map.of(
            HazardCategory.FIRE,
                    List.of(
                            "(?:preso|prende|prendere|prendendo|presa) fuoco",
                            "in fiamme",
                            "fiamm\\p{L}*",
                            "incendi\\p{L}*",
                            "fumo",
                            "fumava",
                            "fumare",
                            "bruciat[oaie]",
                            "bruci(?:a|ava|ando|ano)",
                            "odore di bruciato",
                            "scintill\\p{L}*",
                            "sciolt[oaie]",
                            "si (?:è|e') fus[oaie]",
                            "carbonizzat\\p{L}*",
                            "annerit[oaie]"),
            HazardCategory.ELECTRIC_SHOCK,
                    List.of(
                            "scoss[ae]",
                            "(?:preso|presa|prende|prendo) (?:la |una )?(?:corrente|scossa)",
                            "folgorat\\p{L}*",
                            "fulminat\\p{L}*",
                            "elettrocu\\p{L}*",
                            "(?:fili|cavi) scopert[ie]"),
            HazardCategory.INJURY,
                    List.of(
                            "ferit[oaie]",
                            "ferimento",
                            "ferirsi",
                            "fatt[oaie] male",
                            "taglio",
                            "tagli",
                            "tagliat[oaie]",
                            "sangue",
                            "sanguin\\p{L}*",
                            "pronto soccorso",
                            "ospedale",
                            "punti di sutura",
                            "lesion[ei]",
                            "frattur\\p{L}*",
                            "livid[oi]",
                            "contusion[ei]",
                            "schiacciat[oaie] (?:il|la|le|i) \\p{L}+"),
            HazardCategory.CHOKING,
                    List.of(
                            "soffoc\\p{L}*",
                            "ingoiat[oaie]",
                            "ingoiare",
                            "inghiott\\p{L}*",
                            "ingerit[oaie]",
                            "strozzat\\p{L}*",
                            "(?:pezzi|pezzetti|parti) piccol[ei]",
                            "andat[oa] di traverso"),
            HazardCategory.ALLERGY_CONTAMINATION,
                    List.of(
                            "allergi\\p{L}*",
                            "anafila\\p{L}*",
                            "contaminat\\p{L}*",
                            "contaminazione",
                            "muffa",
                            "ammuffit[oaie]",
                            "corp[oi] estrane[oi]",
                            "(?:pezz\\p{L}*|frammenti|schegg\\p{L}*) di (?:vetro|metallo|plastica)",
                            "vetro (?:nel|nella|dentro)",
                            "intossica\\p{L}*",
                            "avvelena\\p{L}*",
                            "vomit\\p{L}*",
                            "diarrea",
                            "orticaria",
                            "eruzione cutanea",
                            "insett[oi] (?:nel|nella|dentro)",
                            "vermi",
                            "larve",
                            "capell[oi] (?:nel|nella|dentro)",
                            "(?:labbra|viso|faccia|gola|lingua|occhi) " + GAP + "gonfi\\p{L}*"),
            HazardCategory.OVERHEATING,
                    List.of(
                            "surriscald\\p{L}*",
                            "(?:troppo|molto|estremamente) cald[oaie]",
                            "scotta(?:va|no|vano)?",
                            "bollente",
                            "rovente",
                            "esplos\\p{L}*",
                            "esplod\\p{L}*",
                            "scoppiat[oaie]",
                            "batteri[ae] " + GAP + "gonfi\\p{L}*",
                            "gonfi\\p{L}* (?:la )?batteri[ae]"),
            HazardCategory.VEHICLE_FAILURE,
                    List.of(
                            "fren[oi] " + GAP + "(?:non funzion\\p{L}*|rott[oi]|cedut[oi]|guast[oi]|bloccat[oi])",
                            "(?:i )?freni hanno ceduto",
                            "guasto ai freni",
                            "airbag " + GAP
                                    + "(?:non si (?:è|e') aperto|non si sono aperti|non (?:è|e') scattato|esploso|aperto|difettos\\p{L}*|spia)",
                            "sterzo " + GAP + "(?:bloccat\\p{L}*|rott\\p{L}*|guast\\p{L}*|cedut\\p{L}*)",
                            "perso il controllo",
                            "(?:si (?:è|e') spent[oa]|si spegne) " + GAP
                                    + "(?:in|sulla|durante la) (?:autostrada|strada|guida|marcia)",
                            "accelera da sol[oa]",
                            "ruota (?:si (?:è|e') )?staccat[oa]",
                            "cintur\\p{L}* (?:di sicurezza )?" + GAP + "(?:rott\\p{L}*|bloccat\\p{L}*)")));

    private HazardLexicon() {}

    /** One compiled pattern per category for {@code language}; empty for OTHER. */
    static Map<HazardCategory, Pattern> patterns(TextLanguage language) {
        Map<HazardCategory, List<String>> source =
                switch (language) {
                    case EN -> ENGLISH;
                    case IT -> ITALIAN;
                    case OTHER -> Map.of();
                };
        Map<HazardCategory, Pattern> compiled = new EnumMap<>(HazardCategory.class);
        source.forEach((category, phrases) -> compiled.put(category, compile(phrases)));
        return compiled;
    }

    private static Pattern compile(List<String> phrases) {
        // Whole words only; a space in a phrase matches any run of whitespace or hyphens.
        String alternatives = String.join("|", phrases).replace(" ", "[\\s-]+");
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
