package eu.credentialgateway.deliver.wallet;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the wallet target and its OpenID4VCI endpoints ({@code gateway.wallet.*}). The defaults run the
 * embedded setup: the issuer is the gateway's own base URL as a request reaches it, offers last 14 days, no PIN.
 *
 * @param issuerUrl     the Credential Issuer Identifier ({@code https://...}, no query or fragment); unset: the base
 *                      URL of the request being answered. Set it behind a proxy: wallets compare it byte for byte
 * @param offerTtl      how long a pre-authorised code can be redeemed; an offer unredeemed by then gives the delivery up
 * @param tokenTtl      lifetime of an access token (and the grace after an offer's expiry for a wallet holding one)
 * @param nonceTtl      lifetime of a {@code c_nonce}
 * @param nonce         bounds of the unused {@code c_nonce} values
 * @param proofMaxAge   how old a proof's {@code iat} may be (and 1 minute into the future for clock skew)
 * @param requireProof  true: the credential configurations name {@code proof_types_supported} and a request needs a
 *                      {@code jwt} proof; false: proofs are optional (checked when sent)
 * @param txCode        the PIN ({@code tx_code}) sent out of band
 * @param display       the issuer's display name in wallets
 * @param locale        the language of the display texts
 */
@ConfigurationProperties("gateway.wallet")
public record WalletProperties(URI issuerUrl, @DefaultValue("14d") Duration offerTtl, @DefaultValue("5m") Duration tokenTtl,
                               @DefaultValue("5m") Duration nonceTtl, @DefaultValue Nonce nonce,
                               @DefaultValue("5m") Duration proofMaxAge,
                               @DefaultValue("true") boolean requireProof, @DefaultValue TxCode txCode,
                               @DefaultValue("Credential gateway") String display, @DefaultValue("en") String locale) {

    /**
     * The transaction code (PIN) of pre-authorised offers.
     *
     * @param length      digits; 0 = no PIN (the default: the gateway has no channel of its own to send it)
     * @param maxFailures wrong PINs after which the offer's code is dead (invalid_grant from then on), at least 1
     * @param description what the wallet shows when asking for it
     */
    public record TxCode(@DefaultValue("0") int length, @DefaultValue("5") int maxFailures,
                         @DefaultValue("The PIN your institution sent you separately") String description) {
        public TxCode {
            if (length < 0 || length > 12) {
                throw new IllegalArgumentException("gateway.wallet.tx-code.length must be 0..12");
            }
            if (maxFailures < 1) {
                throw new IllegalArgumentException("gateway.wallet.tx-code.max-failures must be at least 1");
            }
        }
    }

    /**
     * How many {@code c_nonce} values may be issued and not yet used or expired: a wallet uses its nonce within
     * seconds, so these bound only what an abusive client can pile up in the database.
     *
     * @param maxPerClient   per client address (an IPv6 address counts by its /64 network, which one host usually owns)
     * @param maxOutstanding for all clients together
     */
    public record Nonce(@DefaultValue("20") int maxPerClient, @DefaultValue("10000") int maxOutstanding) {
        public Nonce {
            if (maxPerClient < 1 || maxOutstanding < maxPerClient) {
                throw new IllegalArgumentException("gateway.wallet.nonce: need 1 <= max-per-client <= max-outstanding");
            }
        }
    }
}
