package eu.credentialgateway.align;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class EscoAlignmentControllerTest {
    private static MockMvc mvc;

    @BeforeAll
    static void setUp() throws IOException {
        EscoAlignments alignments = new EscoAlignments(EscoSkills.read(EscoMatcherTest.FILE), new EscoProperties(null, 10, 50));
        mvc = MockMvcBuilders.standaloneSetup(new EscoAlignmentController(alignments)).build();
    }

    @Test
    void returnsRankedCandidatesWithUriLabelAndScore() throws Exception {
        mvc.perform(get("/api/v1/alignments/esco").param("text", "Write SQL queries").param("lang", "en").param("limit", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("en"))
                .andExpect(jsonPath("$.candidates.length()").value(3))
                .andExpect(jsonPath("$.candidates[*].uri", Matchers.hasItem("http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742")))
                .andExpect(jsonPath("$.candidates[0].label").isString())
                .andExpect(jsonPath("$.candidates[0].score").isNumber());
    }

    @Test
    void givesLabelsInTheLanguageAskedFor() throws Exception {
        mvc.perform(get("/api/v1/alignments/esco").param("text", "gérer le personnel musical").param("lang", "FR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("fr"))
                .andExpect(jsonPath("$.candidates[0].label").value("gérer le personnel musical"))
                .andExpect(jsonPath("$.candidates.length()").value(Matchers.lessThanOrEqualTo(10)));
    }

    @Test
    void rejectsAMissingOrBlankText() throws Exception {
        mvc.perform(get("/api/v1/alignments/esco")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("text")));
        mvc.perform(get("/api/v1/alignments/esco").param("text", " ")).andExpect(status().isBadRequest());
    }

    @Test
    void rejectsALimitOutsideItsBounds() throws Exception {
        mvc.perform(get("/api/v1/alignments/esco").param("text", "SQL").param("limit", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/alignments/esco").param("text", "SQL").param("limit", "51")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/alignments/esco").param("text", "SQL").param("limit", "50")).andExpect(status().isOk());
    }
}
