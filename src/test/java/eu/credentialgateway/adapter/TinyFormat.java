package eu.credentialgateway.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny invented JSON format ("tiny": one learner, one achievement, one awarding school), written as an adapter
 * of data files only: adapter.properties, route (inbox + a prepare step), RML mapping and one test case.
 */
final class TinyFormat {
    static final String DOCUMENT = """
            {"type": "TinyCertificate",
             "learner": {"givenName": "Ada", "familyName": "Invented"},
             "achievement": {"title": "Knot tying for beginners", "lang": "en"},
             "school": {"name": "Invented Knot School"},
             "awarded": "2025-05-01T10:00:00Z"}
            """;

    private TinyFormat() {
    }

    static void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("mappings"));
        Files.createDirectories(dir.resolve("routes"));
        Files.createDirectories(dir.resolve("test-data/tiny/basic"));
        Files.writeString(dir.resolve("mappings/tiny.adapter.properties"), """
                kind=json
                media-type=application/json
                title=Tiny certificate
                json.types=TinyCertificate
                """);
        Files.writeString(dir.resolve("routes/tiny.yaml"), """
                - route:
                    id: tiny-inbox
                    from:
                      uri: file:{{gateway.ingest.inbox-dir}}/tiny
                      parameters:
                        readLock: changed
                        readLockCheckInterval: 100
                        move: "done/${file:name}"
                      steps:
                        - setHeader:
                            name: GatewayFormat
                            constant: tiny
                        - to:
                            uri: direct:conversion
                - route:
                    id: tiny-prepare
                    from:
                      uri: direct:tiny-prepare
                      steps:
                        - choice:
                            when:
                              - simple: "${bodyAs(String)} contains 'REVOKED'"
                                steps:
                                  - throwException:
                                      exceptionType: java.lang.IllegalStateException
                                      message: the tiny certificate is revoked
                """);
        Files.writeString(dir.resolve("mappings/tiny.rml.ttl"), """
                @prefix rr:    <http://www.w3.org/ns/r2rml#> .
                @prefix rml:   <http://semweb.mmlab.be/ns/rml#> .
                @prefix ql:    <http://semweb.mmlab.be/ns/ql#> .
                @prefix carml: <http://carml.taxonic.com/carml/> .
                @prefix xsd:   <http://www.w3.org/2001/XMLSchema#> .
                @prefix elm:   <http://data.europa.eu/snb/model/elm/> .
                @prefix dc:    <http://purl.org/dc/terms/> .
                @prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
                @prefix foaf:  <http://xmlns.com/foaf/0.1/> .
                @prefix cred:  <https://www.w3.org/2018/credentials#> .

                <#tiny> a carml:Stream; carml:streamName "tiny" .

                <#Credential> a rr:TriplesMap;
                  rml:logicalSource [ rml:source <#tiny>; rml:referenceFormulation ql:JSONPath; rml:iterator "$" ];
                  rr:subjectMap [ rr:template "urn:uuid:{gw-id}" ];
                  rr:predicateObjectMap [ rr:predicate cred:credentialSubject; rr:objectMap [ rr:template "urn:epass:person:{gw-id}" ] ] .

                <#Learner> a rr:TriplesMap;
                  rml:logicalSource [ rml:source <#tiny>; rml:referenceFormulation ql:JSONPath; rml:iterator "$.documents[*]" ];
                  rr:subjectMap [ rr:template "urn:epass:person:{gw-parent}"; rr:class elm:Person ];
                  rr:predicateObjectMap [ rr:predicate foaf:givenName; rr:objectMap [ rml:reference "learner.givenName"; rr:language "und" ] ];
                  rr:predicateObjectMap [ rr:predicate foaf:familyName; rr:objectMap [ rml:reference "learner.familyName"; rr:language "und" ] ];
                  rr:predicateObjectMap [ rr:predicate elm:hasClaim; rr:objectMap [ rr:template "urn:epass:learningAchievement:{gw-id}" ] ] .

                <#Achievement> a rr:TriplesMap;
                  rml:logicalSource [ rml:source <#tiny>; rml:referenceFormulation ql:JSONPath; rml:iterator "$.documents[*]" ];
                  rr:subjectMap [ rr:template "urn:epass:learningAchievement:{gw-id}"; rr:class elm:LearningAchievement ];
                  rr:predicateObjectMap [ rr:predicate dc:title; rr:objectMap [ rml:reference "achievement.title"; rml:languageMap [ rml:reference "achievement.lang" ] ] ];
                  rr:predicateObjectMap [ rr:predicate elm:awardedBy; rr:objectMap [ rr:template "urn:epass:awardingProcess:{gw-id}" ] ];
                  rr:predicateObjectMap [ rr:predicate elm:specifiedBy; rr:objectMap [ rr:template "urn:epass:learningAchievementSpecification:{gw-id}" ] ] .

                <#Specification> a rr:TriplesMap;
                  rml:logicalSource [ rml:source <#tiny>; rml:referenceFormulation ql:JSONPath; rml:iterator "$.documents[*]" ];
                  rr:subjectMap [ rr:template "urn:epass:learningAchievementSpecification:{gw-id}"; rr:class elm:LearningAchievementSpecification ];
                  rr:predicateObjectMap [ rr:predicate dc:title; rr:objectMap [ rml:reference "achievement.title"; rml:languageMap [ rml:reference "achievement.lang" ] ] ] .

                <#Awarding> a rr:TriplesMap;
                  rml:logicalSource [ rml:source <#tiny>; rml:referenceFormulation ql:JSONPath; rml:iterator "$.documents[*]" ];
                  rr:subjectMap [ rr:template "urn:epass:awardingProcess:{gw-id}"; rr:class elm:AwardingProcess ];
                  rr:predicateObjectMap [ rr:predicate elm:awardingBody; rr:objectMap [ rr:template "urn:epass:org:{school.gw-id}" ] ];
                  rr:predicateObjectMap [ rr:predicate elm:awardingDate; rr:objectMap [ rml:reference "awarded"; rr:datatype xsd:dateTime ] ] .

                <#School> a rr:TriplesMap;
                  rml:logicalSource [ rml:source <#tiny>; rml:referenceFormulation ql:JSONPath; rml:iterator "$.documents[*].school" ];
                  rr:subjectMap [ rr:template "urn:epass:org:{gw-id}"; rr:class elm:Agent ];
                  rr:predicateObjectMap [ rr:predicate skos:prefLabel; rr:objectMap [ rml:reference "name"; rr:language "en" ] ] .
                """);
        Files.writeString(dir.resolve("test-data/tiny/basic/input.json"), DOCUMENT);
    }
}
