package eu.credentialgateway.align;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.credentialgateway.ControllerSliceTest;
import eu.credentialgateway.access.Role;
import eu.credentialgateway.access.SliceSecurity;
import java.io.IOException;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * GET /api/v1/alignments/esco over the small ESCO sample of EscoMatcherTest (the real matcher, no index on disk):
 * any role; text required and limit bounded, else a 400 problem with its code.
 */
@ControllerSliceTest(EscoAlignmentController.class)
@Import(EscoAlignmentControllerTest.SmallEsco.class)
class EscoAlignmentControllerTest {
    @Autowired
    MockMvc mvc;

    /** The ESCO sample instead of the gateway's full index. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SmallEsco {
        @Bean
        EscoAlignments escoAlignments() throws IOException {
            return new EscoAlignments(EscoSkills.read(EscoMatcherTest.FILE), new EscoProperties(null, 10, 50));
        }
    }

    @Test
    void returnsRankedCandidatesWithUriLabelAndScore() throws Exception {
        mvc.perform(get("/api/v1/alignments/esco").param("text", "Write SQL queries").param("lang", "en").param("limit", "3")
                        .headers(SliceSecurity.as(Role.REVIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.lang").value("en"))
                .andExpect(jsonPath("$.candidates.length()").value(3))
                .andExpect(jsonPath("$.candidates[*].uri", Matchers.hasItem("http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742")))
                .andExpect(jsonPath("$.candidates[0].label").isString())
                .andExpect(jsonPath("$.candidates[0].score").isNumber());
    }

    @Test
    void givesLabelsInTheLanguageAskedFor() throws Exception {
        mvc.perform(get("/api/v1/alignments/esco").param("text", "gérer le personnel musical").param("lang", "FR")
                        .headers(SliceSecurity.as(Role.SUBMITTER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("fr"))
                .andExpect(jsonPath("$.candidates[0].label").value("gérer le personnel musical"))
                .andExpect(jsonPath("$.candidates.length()").value(Matchers.lessThanOrEqualTo(10)));
    }

    @Test
    void everyRoleMayAskButNobodyWithoutAKey() throws Exception {
        for (Role role : Role.values()) {
            mvc.perform(get("/api/v1/alignments/esco").param("text", "SQL").headers(SliceSecurity.as(role))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/alignments/esco").param("text", "SQL"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @Test
    void rejectsAMissingOrBlankText() throws Exception {
        mvc.perform(get("/api/v1/alignments/esco").headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:credential-gateway:problem:bad-alignment-request"))
                .andExpect(jsonPath("$.code").value("bad-alignment-request"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("text")));
        mvc.perform(get("/api/v1/alignments/esco").param("text", " ").headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void rejectsALimitOutsideItsBounds() throws Exception {
        for (String limit : List.of("0", "51")) {
            mvc.perform(get("/api/v1/alignments/esco").param("text", "SQL").param("limit", limit).headers(SliceSecurity.as(Role.AUDITOR)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("bad-alignment-request"));
        }
        mvc.perform(get("/api/v1/alignments/esco").param("text", "SQL").param("limit", "50").headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isOk());
    }
}
