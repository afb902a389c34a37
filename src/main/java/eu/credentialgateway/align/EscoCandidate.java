package eu.credentialgateway.align;

/**
 * One ESCO skill the matcher proposes for a phrase: its URI, preferred label in the language asked
 * for (English when ESCO has none in that language) and a score from 0 to 1 (see {@link EscoMatcher}).
 */
public record EscoCandidate(String uri, String label, double score) {
}
