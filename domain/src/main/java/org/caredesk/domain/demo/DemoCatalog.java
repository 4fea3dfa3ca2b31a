package org.caredesk.domain.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The fixed demo product catalogue and what the generator needs to know about each product. */
final class DemoCatalog {

    /** The product whose safety complaints rise over the last three weeks. */
    static final String RISING = "PB-20K";

    /**
     * Generator metadata of one product.
     *
     * @param hazards    hazard types that are plausible for it
     * @param popularity relative chance that a customer owns one
     */
    record Spec(
            String code,
            String name,
            String brand,
            String category,
            List<String> aliasesEn,
            List<String> aliasesIt,
            List<String> models,
            int warrantyMonths,
            List<String> hazards,
            int popularity) {

        DemoProduct toProduct() {
            List<String> aliases = new ArrayList<>(aliasesEn);
            for (String a : aliasesIt) {
                String bare = bare(a);
                if (!aliases.contains(bare)) {
                    aliases.add(bare);
                }
            }
            return new DemoProduct(code, name, brand, category, aliases, models, warrantyMonths);
        }

        /**
         * What templates can select this product by: its category, its code, and "electric" (mains or battery
         * powered), "battery" (has a rechargeable battery), "smart" (works with an app), "descale" (needs
         * descaling).
         */
        Set<String> tags() {
            return TAGS.get(code);
        }

        private Set<String> computeTags() {
            Set<String> tags = new HashSet<>();
            tags.add(category);
            tags.add(code);
            if (!NOT_ELECTRIC.contains(code)) {
                tags.add("electric");
            }
            if (BATTERY.contains(code)) {
                tags.add("battery");
            }
            if (SMART.contains(code)) {
                tags.add("smart");
            }
            if (DESCALE.contains(code)) {
                tags.add("descale");
            }
            return Set.copyOf(tags);
        }

        /** Serial prefix: the code without dashes ("KT-200" gives "KT200"). */
        String serialPrefix() {
            return code.replace("-", "");
        }

        /** Aliases in one language, without gender marks. */
        List<String> aliases(String language) {
            return "it".equals(language) ? aliasesIt.stream().map(Spec::bare).toList() : aliasesEn;
        }

        /** Italian aliases as written in the catalogue source: "m:bollitore", "f:friggitrice". */
        List<String> italianAliases() {
            return aliasesIt;
        }

        static String bare(String italian) {
            return italian.length() > 2 && italian.charAt(1) == ':' ? italian.substring(2) : italian;
        }

        static boolean feminine(String italian) {
            return italian.startsWith("f:");
        }

        /** A short brand handle for social posts, e.g. "@BravaHomeHelp". */
        String handle() {
            return "@" + brand.replaceAll("[^A-Za-z0-9]", "") + "Help";
        }
    }

    private static final Set<String> NOT_ELECTRIC = Set.of("OB-12", "FC-50", "PL-30", "TB-120", "HC-10");
    private static final Set<String> BATTERY = Set.of(
            "PB-20K", "WE-300", "SW-44", "RC-08", "DR-15", "ET-5", "HG-600", "RM-800", "JS-1000", "EBK-500", "BM-300");
    private static final Set<String> SMART = Set.of("SW-44", "WE-300", "BM-300", "RM-800", "EBK-500", "DC-4K", "DR-15");
    private static final Set<String> DESCALE = Set.of("KT-200", "CM-750", "BW-60");

    static final List<Spec> SPECS = List.of(
            spec(
                    "KT-200",
                    "AquaBoil 1.7L Kettle",
                    "Brava Home",
                    "kitchen",
                    l("kettle", "AquaBoil"),
                    l("m:bollitore", "m:AquaBoil"),
                    l("KT-200", "KT200", "KT-200B"),
                    24,
                    l("fire", "overheating", "electric-shock", "injury"),
                    9),
            spec(
                    "TS-410",
                    "Brava Crisp 4-Slice Toaster",
                    "Brava Home",
                    "kitchen",
                    l("toaster", "Crisp toaster"),
                    l("m:tostapane"),
                    l("TS-410", "TS410"),
                    24,
                    l("fire", "overheating"),
                    6),
            spec(
                    "CM-750",
                    "Lumetta Espresso 750 Coffee Machine",
                    "Lumetta",
                    "kitchen",
                    l("coffee machine", "espresso machine"),
                    l("f:macchina del caffè"),
                    l("CM-750", "CM750", "CM-750X"),
                    24,
                    l("overheating", "injury", "electric-shock"),
                    7),
            spec(
                    "BL-900",
                    "Brava PowerBlend 900 Blender",
                    "Brava Home",
                    "kitchen",
                    l("blender", "PowerBlend"),
                    l("m:frullatore", "m:PowerBlend"),
                    l("BL-900", "BL900"),
                    24,
                    l("injury", "overheating"),
                    4),
            spec(
                    "AF-350",
                    "Crispa 3.5L Air Fryer",
                    "Crispa",
                    "kitchen",
                    l("air fryer", "Crispa"),
                    l("f:friggitrice ad aria", "f:Crispa"),
                    l("AF-350", "AF350", "AF-350D"),
                    24,
                    l("fire", "overheating"),
                    8),
            spec(
                    "HT-1500",
                    "Calorix ThermoOil 1500 Radiator",
                    "Calorix",
                    "heating",
                    l("oil heater", "radiator"),
                    l("f:stufa"),
                    l("HT-1500", "HT1500"),
                    36,
                    l("fire", "overheating", "electric-shock"),
                    6),
            spec(
                    "FH-220",
                    "Calorix Breeze 2200 Fan Heater",
                    "Calorix",
                    "heating",
                    l("fan heater", "Breeze"),
                    l("m:termoventilatore"),
                    l("FH-220", "FH220", "FH-220T"),
                    24,
                    l("fire", "overheating"),
                    5),
            spec(
                    "EB-100",
                    "SnugNest Heated Throw",
                    "SnugNest",
                    "heating",
                    l("electric blanket", "heated throw"),
                    l("f:coperta elettrica"),
                    l("EB-100", "EB100"),
                    24,
                    l("fire", "overheating", "electric-shock"),
                    4),
            spec(
                    RISING,
                    "VoltPak 20000 Power Bank",
                    "Ampero",
                    "mobile",
                    l("power bank", "VoltPak"),
                    l("f:batteria esterna", "m:VoltPak"),
                    l("PB-20K", "PB20K", "PB-20K-C"),
                    24,
                    l("overheating", "fire"),
                    14),
            spec(
                    "CH-65",
                    "Ampero 65W USB-C Charger",
                    "Ampero",
                    "mobile",
                    l("phone charger", "USB-C charger"),
                    l("m:caricatore"),
                    l("CH-65", "CH65", "CH-65W"),
                    24,
                    l("overheating", "electric-shock", "fire"),
                    8),
            spec(
                    "WE-300",
                    "Sonetto Buds 300 Wireless Earbuds",
                    "Sonetto",
                    "mobile",
                    l("earbuds", "Sonetto Buds"),
                    l("f:cuffia bluetooth"),
                    l("WE-300", "WE300"),
                    12,
                    l("overheating", "allergy-contamination"),
                    7),
            spec(
                    "SW-44",
                    "Kinetra Pulse 44 Smartwatch",
                    "Kinetra",
                    "mobile",
                    l("smartwatch", "Pulse 44"),
                    l("m:smartwatch", "m:orologio"),
                    l("SW-44", "SW44", "SW-44L"),
                    24,
                    l("overheating", "allergy-contamination"),
                    5),
            spec(
                    "TB-120",
                    "Tinkerly Build&Play 120 Blocks",
                    "Tinkerly",
                    "toys",
                    l("building blocks", "Build&Play"),
                    l("m:set di mattoncini"),
                    l("TB-120", "TB120"),
                    12,
                    l("choking"),
                    4),
            spec(
                    "RC-08",
                    "Zoomster RC Racer",
                    "Zoomster",
                    "toys",
                    l("RC car", "Zoomster"),
                    l("f:macchinina telecomandata"),
                    l("RC-08", "RC08"),
                    12,
                    l("overheating", "injury"),
                    4),
            spec(
                    "PL-30",
                    "Tinkerly Cuddle Bear",
                    "Tinkerly",
                    "toys",
                    l("teddy", "cuddle bear"),
                    l("m:orsetto"),
                    l("PL-30", "PL30"),
                    12,
                    l("choking", "allergy-contamination"),
                    3),
            spec(
                    "DR-15",
                    "SkyPip Mini Drone",
                    "SkyPip",
                    "toys",
                    l("drone", "SkyPip"),
                    l("m:drone", "m:SkyPip"),
                    l("DR-15", "DR15", "DR-15S"),
                    12,
                    l("injury", "fire"),
                    3),
            spec(
                    "HD-2000",
                    "Silkara AirStyle 2000 Hair Dryer",
                    "Silkara",
                    "personal-care",
                    l("hair dryer", "AirStyle"),
                    l("m:asciugacapelli", "m:AirStyle"),
                    l("HD-2000", "HD2000"),
                    24,
                    l("overheating", "fire", "electric-shock"),
                    6),
            spec(
                    "HS-230",
                    "Silkara SleekPro Hair Straightener",
                    "Silkara",
                    "personal-care",
                    l("straightener", "SleekPro"),
                    l("f:piastra"),
                    l("HS-230", "HS230"),
                    24,
                    l("overheating", "injury"),
                    4),
            spec(
                    "ET-5",
                    "Dentavia Sonic 5 Electric Toothbrush",
                    "Dentavia",
                    "personal-care",
                    l("electric toothbrush", "Sonic 5"),
                    l("m:spazzolino elettrico"),
                    l("ET-5", "ET5", "ET-5P"),
                    24,
                    l("overheating", "injury"),
                    6),
            spec(
                    "FC-50",
                    "Velluto Daily Face Cream 50ml",
                    "Velluto",
                    "personal-care",
                    l("face cream", "moisturiser"),
                    l("f:crema viso"),
                    l("FC-50", "FC50"),
                    0,
                    l("allergy-contamination"),
                    4),
            spec(
                    "HG-600",
                    "Verdeo CutMaster 600 Hedge Trimmer",
                    "Verdeo",
                    "garden",
                    l("hedge trimmer", "hedge cutter"),
                    l("m:tagliasiepi"),
                    l("HG-600", "HG600"),
                    24,
                    l("injury", "electric-shock"),
                    3),
            spec(
                    "RM-800",
                    "Verdeo Robo 800 Robotic Mower",
                    "Verdeo",
                    "garden",
                    l("robot mower", "robotic lawnmower"),
                    l("m:robot tagliaerba"),
                    l("RM-800", "RM800", "RM-800S"),
                    24,
                    l("injury", "fire"),
                    3),
            spec(
                    "PW-1700",
                    "Verdeo AquaJet 1700 Pressure Washer",
                    "Verdeo",
                    "garden",
                    l("pressure washer", "jet washer"),
                    l("f:idropulitrice"),
                    l("PW-1700", "PW1700"),
                    24,
                    l("injury", "electric-shock"),
                    3),
            spec(
                    "JS-1000",
                    "Stradale Boost 1000 Jump Starter",
                    "Stradale",
                    "automotive",
                    l("jump starter", "booster pack"),
                    l("m:avviatore"),
                    l("JS-1000", "JS1000"),
                    24,
                    l("fire", "overheating", "vehicle-failure"),
                    3),
            spec(
                    "DC-4K",
                    "Stradale Vista 4K Dash Cam",
                    "Stradale",
                    "automotive",
                    l("dash cam", "dashcam"),
                    l("f:dashcam", "f:telecamera per auto"),
                    l("DC-4K", "DC4K"),
                    12,
                    l("overheating", "fire"),
                    4),
            spec(
                    "TI-12",
                    "Stradale AirPump 12V Tyre Inflator",
                    "Stradale",
                    "automotive",
                    l("tyre inflator", "compressor"),
                    l("m:compressore"),
                    l("TI-12", "TI12"),
                    24,
                    l("overheating", "vehicle-failure"),
                    3),
            spec(
                    "BM-300",
                    "Nidino Watch 300 Baby Monitor",
                    "Nidino",
                    "baby",
                    l("baby monitor", "baby cam"),
                    l("m:baby monitor", "m:babyphone"),
                    l("BM-300", "BM300", "BM-300P"),
                    24,
                    l("overheating", "injury"),
                    6),
            spec(
                    "BW-60",
                    "Nidino WarmUp Bottle Warmer",
                    "Nidino",
                    "baby",
                    l("bottle warmer"),
                    l("m:scaldabiberon"),
                    l("BW-60", "BW60"),
                    24,
                    l("overheating", "injury", "fire"),
                    4),
            spec(
                    "HC-10",
                    "Nidino Grow High Chair",
                    "Nidino",
                    "baby",
                    l("high chair"),
                    l("m:seggiolone"),
                    l("HC-10", "HC10"),
                    24,
                    l("injury", "choking"),
                    3),
            spec(
                    "OB-12",
                    "Granella Oat Bites for Toddlers",
                    "Granella",
                    "baby",
                    l("oat bites", "toddler snacks"),
                    l("m:snack per bambini"),
                    l("OB-12", "OB12"),
                    0,
                    l("allergy-contamination", "choking"),
                    3),
            spec(
                    "EBK-500",
                    "Pedala City 500 E-Bike",
                    "Pedala",
                    "mobility",
                    l("e-bike", "Pedala"),
                    l("f:bici elettrica", "f:e-bike"),
                    l("EBK-500", "EBK500", "EBK-500L"),
                    24,
                    l("fire", "overheating", "injury", "vehicle-failure"),
                    4));

    /** Product tags by code, computed once (immutable). */
    private static final Map<String, Set<String>> TAGS =
            SPECS.stream().collect(Collectors.toUnmodifiableMap(Spec::code, Spec::computeTags));

    private DemoCatalog() {}

    static Spec spec(String code) {
        for (Spec s : SPECS) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown product " + code);
    }

    private static Spec spec(
            String code,
            String name,
            String brand,
            String category,
            List<String> en,
            List<String> it,
            List<String> models,
            int warranty,
            List<String> hazards,
            int pop) {
        return new Spec(code, name, brand, category, en, it, models, warranty, hazards, pop);
    }

    private static List<String> l(String... values) {
        return List.of(values);
    }
}
