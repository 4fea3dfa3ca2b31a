package org.caredesk.domain.demo;

import java.util.List;

/** Name and word lists for the demo generator (immutable). */
final class DemoNames {

    static final List<String> EN_FIRST = List.of(
            "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Noah", "Emily",
            "Charlie", "Grace", "Thomas", "Sophie", "James", "Lily", "William", "Freya", "Henry", "Chloe",
            "Samuel", "Ruby", "Daniel", "Evie", "Joseph", "Ella", "Alexander", "Poppy", "Benjamin", "Hannah",
            "Lucas", "Rosie", "Ethan", "Phoebe", "Mohammed", "Aisha", "Ryan", "Priya", "Callum", "Niamh",
            "Liam", "Zara", "Matthew", "Megan", "Owen", "Holly", "Rhys", "Imogen", "Connor", "Leah",
            "David", "Sarah", "Michael", "Rachel", "Peter", "Helen", "Andrew", "Claire", "Stephen", "Fiona",
            "Arjun", "Ewan", "Kwame", "Siobhan", "Tom", "Beth", "Gareth", "Yasmin", "Marcus", "Abigail");

    static final List<String> EN_LAST = List.of(
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
            "Patel", "Khan", "Lewis", "Harris", "Martin", "Cooper", "King", "Lee", "Baker", "Hughes",
            "Edwards", "Turner", "Hill", "Moore", "Clark", "Ward", "Morris", "Watson", "Carter", "Phillips",
            "Mitchell", "Shaw", "Parker", "Bennett", "Griffiths", "Lloyd", "Kelly", "Murphy", "Campbell", "Stewart",
            "Price", "Begum", "Ali", "O'Brien", "MacDonald", "Fraser", "Okafor", "Nowak", "Chen", "Reid");

    static final List<String> IT_FIRST = List.of(
            "Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara", "Lorenzo", "Martina",
            "Andrea", "Valentina", "Davide", "Elena", "Simone", "Alessia", "Federico", "Giorgia", "Riccardo", "Federica",
            "Stefano", "Silvia", "Giovanni", "Anna", "Paolo", "Laura", "Francesco", "Paola", "Antonio", "Roberta",
            "Giuseppe", "Beatrice", "Tommaso", "Aurora", "Gabriele", "Sofia", "Nicola", "Ilaria", "Fabio", "Elisa",
            "Emanuele", "Camilla", "Daniele", "Noemi", "Salvatore", "Rosa", "Pietro", "Vittoria", "Michele", "Lucia");

    static final List<String> IT_LAST = List.of(
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
            "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone",
            "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti",
            "Parisi", "Villa", "Conte", "Ferraro", "Fabbri", "Bianco", "Marini", "Grasso", "Valentini", "Messina");

    static final List<String> EN_AGENTS = List.of("Sarah", "Tom", "Priya", "James", "Megan", "Daniel", "Hannah");
    static final List<String> IT_AGENTS = List.of("Marco", "Giulia", "Chiara", "Luca", "Elena", "Paolo");

    static final List<String> EN_MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    static final List<String> IT_MONTHS = List.of("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
            "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre");

    private DemoNames() {
    }
}
