package org.warkg.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.warkg.gazetteer.EntityType;
import org.warkg.gazetteer.Gazetteer;
import org.warkg.gazetteer.GazetteerEntry;
import org.warkg.gazetteer.NameKey;
import org.warkg.mention.Mention;
import org.warkg.nlp.AnnotatedText;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;

/**
 * Groups the mentions of a document into entities: mentions of one gazetteer entry
 * are one entity; an acronym in brackets after a name ("Security Service of Ukraine
 * (SBU)") is an alias of it, and so are its later uses; a surname alone
 * ("Khinshtein") joins the full name used elsewhere in the document.
 */
public final class EntityResolver {

    private final Gazetteer gazetteer;
    private final RoleFinder roles;

    public EntityResolver(Gazetteer gazetteer, RoleFinder roles) {
        this.gazetteer = gazetteer;
        this.roles = roles;
    }

    /** Resolves the mentions into entities. */
    public Entities resolve(AnnotatedText text, List<Mention> found) {
        List<Mention> mentions = new ArrayList<>(found);
        Map<String, String> acronyms = acronyms(text, mentions);
        mentions.addAll(bareMentions(text, mentions, acronyms, surnames(mentions)));
        mentions = TypeVote.apply(mentions, surnames(mentions).keySet());
        mentions.sort(Comparator.comparingInt(Mention::start));

        Map<String, List<Mention>> clusters = new LinkedHashMap<>();
        Map<String, String> surnameToKey = new HashMap<>();
        for (Mention mention : mentions) {
            String key = key(mention, acronyms);
            clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
            if (mention.type() == EntityType.Person && mention.length() > 1) {
                surnameToKey.putIfAbsent(lastWord(mention.text()), key);
            }
        }
        mergeSurnames(clusters, surnameToKey);
        NameVariants.mergePersons(clusters);
        UnqualifiedBodies.merge(clusters, gazetteer);

        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> cluster : clusters.entrySet()) {
            entities.add(entity("e" + (entities.size() + 1), cluster.getValue(), text));
        }
        return new Entities(text, entities);
    }

    private String key(Mention mention, Map<String, String> acronyms) {
        if (mention.gazetteerId() != null) {
            return mention.gazetteerId();
        }
        String name = NameKey.of(mention.text());
        String expanded = acronyms.getOrDefault(name, name);
        List<GazetteerEntry> known = gazetteer.byName(expanded);
        for (GazetteerEntry entry : known) {
            if (entry.type() == mention.type()) {
                return entry.id();
            }
        }
        return mention.type() + ":" + expanded;
    }

    /** Finds "Full Name (ACR)" and maps the acronym's key to the full name's key. */
    private static Map<String, String> acronyms(AnnotatedText text, List<Mention> mentions) {
        Map<String, String> acronyms = new HashMap<>();
        for (Mention mention : mentions) {
            List<Token> tokens = text.sentences().get(mention.sentence()).tokens();
            int i = mention.tokenEnd();
            if (i + 2 < tokens.size() && tokens.get(i).text().equals("(") && tokens.get(i + 2).text().equals(")")) {
                String candidate = tokens.get(i + 1).text();
                if (isAcronym(candidate)) {
                    acronyms.put(NameKey.of(candidate), NameKey.of(mention.text()));
                }
            }
        }
        return acronyms;
    }

    private static Map<String, Mention> surnames(List<Mention> mentions) {
        Map<String, Mention> surnames = new HashMap<>();
        for (Mention mention : mentions) {
            if (mention.type() == EntityType.Person && mention.length() > 1) {
                surnames.putIfAbsent(lastWord(mention.text()), mention);
            }
        }
        return surnames;
    }

    /**
     * Mentions no finder made: uses of a known acronym, and a surname alone where the
     * full name appears in the document.
     */
    private static List<Mention> bareMentions(AnnotatedText text, List<Mention> mentions, Map<String, String> acronyms,
                                              Map<String, Mention> surnames) {
        Map<String, Mention> acronymSources = new HashMap<>();
        for (Mention mention : mentions) {
            String key = NameKey.of(mention.text());
            acronyms.forEach((acronym, full) -> {
                if (full.equals(key)) {
                    acronymSources.putIfAbsent(acronym, mention);
                }
            });
        }
        Set<Integer> covered = new java.util.HashSet<>();
        for (Mention mention : mentions) {
            for (int i = mention.start(); i < mention.end(); i++) {
                covered.add(i);
            }
        }
        List<Mention> added = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (covered.contains(token.start()) || !Character.isUpperCase(token.text().charAt(0))) {
                    continue;
                }
                String key = NameKey.of(token.text());
                Mention source = acronymSources.get(key);
                if (source == null && isSurnameUse(tokens, i)) {
                    source = surnames.get(key);
                }
                if (source != null) {
                    added.add(new Mention(source.type(), sentence.index(), i, i + 1, token.start(), token.end(),
                        token.text(), "coreference", source.gazetteerId()));
                }
            }
        }
        return added;
    }

    /** A capitalised word that is not itself followed by another capitalised word (not a first name). */
    private static boolean isSurnameUse(List<Token> tokens, int i) {
        return i + 1 >= tokens.size() || !Character.isUpperCase(tokens.get(i + 1).text().charAt(0));
    }

    private static void mergeSurnames(Map<String, List<Mention>> clusters, Map<String, String> surnameToKey) {
        for (String key : new ArrayList<>(clusters.keySet())) {
            List<Mention> cluster = clusters.get(key);
            boolean single = cluster.stream().allMatch(m -> m.type() == EntityType.Person && m.length() == 1);
            if (!single) {
                continue;
            }
            String target = surnameToKey.get(NameKey.of(cluster.get(0).text()));
            if (target != null && !target.equals(key) && clusters.containsKey(target)) {
                clusters.get(target).addAll(cluster);
                clusters.get(target).sort(Comparator.comparingInt(Mention::start));
                clusters.remove(key);
            }
        }
    }

    private Entity entity(String id, List<Mention> mentions, AnnotatedText text) {
        GazetteerEntry entry = mentions.stream().map(Mention::gazetteerId).filter(g -> g != null)
            .map(gazetteer::byId).findFirst().orElse(null);
        Set<String> forms = new LinkedHashSet<>();
        for (Mention mention : mentions) {
            String form = SurfaceForms.clean(mention.text());
            forms.add(form);
            SurfaceForms.bare(form).ifPresent(forms::add);
        }
        String name = entry != null ? entry.name()
            : forms.stream().max(Comparator.comparingInt((String f) -> f.split(" ").length)
                .thenComparingInt(String::length)).orElseThrow();
        String nameKey = NameKey.of(name);
        List<String> aliases = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        seen.add(nameKey);
        for (String form : forms) {
            if (seen.add(NameKey.of(form))) {
                aliases.add(form);
            }
        }
        EntityType type = entry != null ? entry.type() : mentions.get(0).type();
        List<String> roleList = type == EntityType.Person ? roles.roles(text, mentions) : List.of();
        return new Entity(id, type, name, aliases, roleList, entry == null ? null : entry.id(), mentions);
    }

    private static String lastWord(String name) {
        String cleaned = SurfaceForms.clean(name);
        return NameKey.of(cleaned.substring(cleaned.lastIndexOf(' ') + 1));
    }

    private static boolean isAcronym(String token) {
        if (token.length() < 2 || token.length() > 8) {
            return false;
        }
        int upper = 0;
        for (char c : token.toCharArray()) {
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isLowerCase(c) && c != '+' && c != '-') {
                return false;
            }
        }
        return upper * 2 > token.length();
    }
}
