package eu.credentialgateway.align;

import java.util.List;
import java.util.Map;

/**
 * Words that course titles, learning outcomes and badge criteria wrap around a skill without naming it
 * ("Introduction to ...", "Fundamentals of ...", "Students will be able to ..."), per language. The
 * matcher leaves them out of a query (after analysis, so inflected forms go too) unless nothing else
 * remains; labels keep them, so "principles" still counts when a label has it. A fixed, general list:
 * it names no skill.
 */
final class CourseWording {
    static final Map<String, List<String>> WORDS = Map.of(
            "en", List.of("introduction", "intro", "fundamentals", "fundamental", "basics", "basic", "foundations",
                    "principles", "general", "applied", "advanced", "course", "module", "unit", "students", "student",
                    "learners", "learner", "participants", "able", "ability", "will", "can", "demonstrate", "knowledge",
                    "understanding", "skills", "competence", "effectively", "successfully"),
            "fr", List.of("introduction", "initiation", "fondamentaux", "fondements", "bases", "base", "principes",
                    "générale", "général", "appliquée", "appliqué", "avancé", "cours", "module", "unité", "étudiant",
                    "étudiants", "apprenant", "apprenants", "capable", "capacité", "savoir", "connaissances",
                    "compétences", "efficacement", "démontrer"),
            "es", List.of("introducción", "iniciación", "fundamentos", "bases", "principios", "básico", "básica",
                    "general", "aplicada", "aplicado", "avanzado", "curso", "módulo", "unidad", "estudiante",
                    "estudiantes", "alumno", "alumnos", "capaz", "capacidad", "saber", "conocimientos",
                    "competencias", "eficazmente", "demostrar"));

    private CourseWording() {
    }
}
