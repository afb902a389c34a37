package eu.credentialgateway.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The OB 3.0 {@code Achievement} and {@code Result}s of an EDC's claims. One claim: the achievement is
 * its specification (or the claim itself), with name, description, criteria, type, credits, field of
 * study, language, alignments (EQF level, ISCED-F field, ESCO skills of its learning outcomes) and
 * creator (the awarding body). Several claims (a transcript): one achievement that stands for the whole
 * credential, named by its display title. Either way every claim, and every part of one
 * ({@code hasPart}), that carries a grade or a grade status becomes a {@code ResultDescription} of the
 * achievement with its {@code Result} on the subject.
 */
final class OpenBadgeAchievement {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> ACHIEVEMENT_TYPES = Set.of("Achievement", "ApprenticeshipCertificate", "Assessment",
            "Assignment", "AssociateDegree", "Award", "Badge", "BachelorDegree", "Certificate", "CertificateOfCompletion",
            "Certification", "CommunityService", "Competency", "Course", "CoCurricular", "Degree", "Diploma", "DoctoralDegree",
            "Fieldwork", "GeneralEducationDevelopment", "JourneymanCertificate", "LearningProgram", "License", "Membership",
            "ProfessionalDoctorate", "QualityAssuranceCredential", "MasterCertificate", "MasterDegree", "MicroCredential",
            "ResearchDoctorate", "SecondarySchoolDiploma");
    private static final Map<String, String> ACHIEVEMENT_TYPE_BY_NAME = ACHIEVEMENT_TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(t -> t.toLowerCase(Locale.ROOT), t -> t));
    private static final Map<String, String> FRAMEWORKS = Map.of(
            "http://data.europa.eu/snb/eqf/", "European Qualifications Framework",
            "http://data.europa.eu/snb/isced-f/", "ISCED-F 2013",
            "http://data.europa.eu/esco/", "ESCO");

    private final CredentialNodes nodes;
    private final Function<ObjectNode, ObjectNode> profileOf;

    /** @param profileOf the OB 3.0 {@code Profile} of an EDC agent or organisation */
    OpenBadgeAchievement(CredentialNodes nodes, Function<ObjectNode, ObjectNode> profileOf) {
        this.nodes = nodes;
        this.profileOf = profileOf;
    }

    /** The achievement for these (top-level) claims, and the results to put on the subject. */
    record Awarded(ObjectNode achievement, ArrayNode results, BigDecimal credits) {
    }

    Awarded of(List<ObjectNode> claims, String credentialName) {
        ObjectNode achievement = claims.size() == 1 ? single(claims.get(0)) : umbrella(claims, credentialName);
        ArrayNode descriptions = JSON.arrayNode();
        ArrayNode results = JSON.arrayNode();
        Set<String> seen = new LinkedHashSet<>();
        claims.forEach(claim -> addResults(claim, seen, descriptions, results));
        if (!descriptions.isEmpty()) {
            achievement.set("resultDescription", descriptions);
        }
        return new Awarded(achievement, results, credits(claims));
    }

    private ObjectNode single(ObjectNode claim) {
        ObjectNode spec = nodes.first(claim, "specifiedBy");
        ObjectNode source = spec != null ? spec : claim;
        String name = firstText(nodes.text(spec, "title"), nodes.text(claim, "title"), "Learning achievement");
        String description = firstText(nodes.text(spec, "description"), nodes.text(claim, "description"), name);
        ObjectNode achievement = base(source.path(CredentialNodes.ID).asText(claim.path(CredentialNodes.ID).asText()), name, description);
        achievement.putObject("criteria").put("narrative", criteria(spec, description));
        String type = achievementType(nodes.first(spec, "dcType"));
        if (type != null) {
            achievement.put("achievementType", type);
        }
        BigDecimal credits = points(nodes.nodes(spec, "creditPoint"));
        if (credits != null) {
            achievement.put("creditsAvailable", credits);
        }
        String field = nodes.text(nodes.first(spec, "thematicArea"), "prefLabel");
        if (field != null) {
            achievement.put("fieldOfStudy", field);
        }
        ObjectNode language = nodes.first(spec, "language");
        String code = language == null ? null : LanguageCodes.twoLetterOfLanguageIri(language.path(CredentialNodes.ID).asText());
        if (code != null) {
            achievement.put("inLanguage", code);
        }
        ArrayNode alignments = alignments(spec);
        if (!alignments.isEmpty()) {
            achievement.set("alignment", alignments);
        }
        ObjectNode body = awardingBody(claim);
        if (body != null) {
            achievement.set("creator", profileOf.apply(body));
        }
        return achievement;
    }

    private ObjectNode umbrella(List<ObjectNode> claims, String credentialName) {
        List<String> titles = claims.stream().map(c -> firstText(nodes.text(c, "title"), c.path(CredentialNodes.ID).asText()))
                .toList();
        String description = titles.size() + " learning achievements: " + String.join("; ", titles);
        ObjectNode achievement = base(nodes.root().path(CredentialNodes.ID).asText() + "#achievement", credentialName, description);
        achievement.putObject("criteria").put("narrative", "The learning achievements listed in the results: " + String.join("; ", titles));
        Set<String> bodies = new LinkedHashSet<>();
        claims.forEach(c -> {
            ObjectNode body = awardingBody(c);
            bodies.add(body == null ? "" : body.path(CredentialNodes.ID).asText());
        });
        if (bodies.size() == 1 && awardingBody(claims.get(0)) != null) {
            achievement.set("creator", profileOf.apply(awardingBody(claims.get(0))));
        }
        return achievement;
    }

    private static ObjectNode base(String id, String name, String description) {
        ObjectNode achievement = JSON.objectNode();
        achievement.put("id", id);
        achievement.putArray("type").add("Achievement");
        achievement.put("name", name);
        achievement.put("description", description);
        return achievement;
    }

    /** What earns it: the learning outcomes' summary or titles, the entry requirements, else the description. */
    private String criteria(ObjectNode spec, String description) {
        String summary = nodes.text(nodes.first(spec, "learningOutcomeSummary"), "noteLiteral");
        if (summary != null) {
            return summary;
        }
        List<String> outcomes = nodes.nodes(spec, "learningOutcome").stream().map(o -> nodes.text(o, "title"))
                .filter(t -> t != null && !t.isBlank()).toList();
        if (!outcomes.isEmpty()) {
            return "Learning outcomes: " + String.join("; ", outcomes);
        }
        String requirements = nodes.text(nodes.first(spec, "entryRequirement"), "noteLiteral");
        return requirements != null ? requirements : description;
    }

    private String achievementType(ObjectNode dcType) {
        String label = nodes.text(dcType, "prefLabel");
        if (label == null) {
            return null;
        }
        String key = label.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        return key.equals("programme") || key.equals("program") ? "LearningProgram" : ACHIEVEMENT_TYPE_BY_NAME.get(key);
    }

    /** EQF level, ISCED-F fields and the ESCO skills of the learning outcomes, each an {@code Alignment} to its concept. */
    private ArrayNode alignments(ObjectNode spec) {
        ArrayNode alignments = JSON.arrayNode();
        List<ObjectNode> concepts = new ArrayList<>(nodes.nodes(spec, "educationLevel"));
        concepts.addAll(nodes.nodes(spec, "thematicArea"));
        nodes.nodes(spec, "learningOutcome").forEach(o -> concepts.addAll(nodes.nodes(o, "relatedESCOSkill")));
        Set<String> seen = new LinkedHashSet<>();
        for (ObjectNode concept : concepts) {
            String iri = concept.path(CredentialNodes.ID).asText("");
            String name = nodes.text(concept, "prefLabel");
            if (!iri.startsWith("http") || name == null || !seen.add(iri)) {
                continue;
            }
            ObjectNode alignment = alignments.addObject();
            alignment.putArray("type").add("Alignment");
            alignment.put("targetName", name);
            alignment.put("targetUrl", iri);
            alignment.put("targetCode", iri.substring(iri.lastIndexOf('/') + 1));
            FRAMEWORKS.forEach((namespace, framework) -> {
                if (iri.startsWith(namespace)) {
                    alignment.put("targetFramework", framework);
                }
            });
        }
        return alignments;
    }

    private ObjectNode awardingBody(ObjectNode claim) {
        return nodes.first(nodes.first(claim, "awardedBy"), "awardingBody");
    }

    /** A grade or grade status of the claim or any of its parts, depth first, each claim once. */
    private void addResults(ObjectNode claim, Set<String> seen, ArrayNode descriptions, ArrayNode results) {
        String id = claim.path(CredentialNodes.ID).asText();
        if (!seen.add(id)) {
            return;
        }
        ObjectNode assessment = "LearningAssessment".equals(claim.path("type").asText()) ? claim : nodes.first(claim, "provenBy");
        String grade = nodes.text(nodes.first(assessment, "grade"), "noteLiteral");
        String status = status(nodes.text(nodes.first(assessment, "gradeStatus"), "prefLabel"));
        if (grade != null || status != null) {
            String descriptionId = (assessment != null ? assessment : claim).path(CredentialNodes.ID).asText(id);
            ObjectNode description = descriptions.addObject();
            description.put("id", descriptionId);
            description.putArray("type").add("ResultDescription");
            description.put("name", firstText(nodes.text(claim, "title"), nodes.text(assessment, "title"), "Result"));
            description.put("resultType", grade != null ? "Result" : "Status");
            ObjectNode result = results.addObject();
            result.putArray("type").add("Result");
            result.put("resultDescription", descriptionId);
            if (grade != null) {
                result.put("value", grade);
            }
            if (status != null) {
                result.put("status", status);
            }
        }
        nodes.nodes(claim, "hasPart").forEach(part -> addResults(part, seen, descriptions, results));
    }

    /** ELM grade status (pass, fail) as an OB 3.0 result status. */
    private static String status(String label) {
        if (label == null) {
            return null;
        }
        return switch (label.trim().toLowerCase(Locale.ROOT)) {
            case "pass", "passed" -> "Completed";
            case "fail", "failed" -> "Failed";
            default -> null;
        };
    }

    /** Credits earned over the claims, when they are counted in one framework. */
    private BigDecimal credits(List<ObjectNode> claims) {
        List<ObjectNode> points = new ArrayList<>();
        claims.forEach(c -> points.addAll(nodes.nodes(c, "creditReceived")));
        return points(points);
    }

    private BigDecimal points(List<ObjectNode> creditPoints) {
        Set<String> frameworks = new LinkedHashSet<>();
        BigDecimal sum = null;
        for (ObjectNode credit : creditPoints) {
            JsonNode framework = credit.get("framework");
            ObjectNode resolved = nodes.node(framework);
            frameworks.add(resolved != null ? resolved.path(CredentialNodes.ID).asText() : String.valueOf(framework));
            String point = nodes.text(credit, "point");
            if (point == null) {
                return null;
            }
            // bounded before the sum: 1E100000000 + 1 would build a hundred million digits
            BigDecimal value = eu.credentialgateway.BoundedNumbers.decimal(point);
            if (value == null) {
                return null;
            }
            sum = sum == null ? value : sum.add(value);
        }
        return frameworks.size() == 1 ? sum : null;
    }

    static String firstText(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
