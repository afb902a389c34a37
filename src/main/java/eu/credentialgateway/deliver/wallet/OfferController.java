package eu.credentialgateway.deliver.wallet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import eu.credentialgateway.CanonicalUuid;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/wallet/offers/{id}}: the Credential Offer a {@code credential_offer_uri} points at
 * (OpenID4VCI 1.0, section 4.1), while it is open; {@code GET /api/v1/wallet/offers/{id}/qr}: a PNG QR code of the
 * offer's {@code openid-credential-offer://?credential_offer_uri=...} link. An unknown offer is 404; one redeemed or
 * expired is 410 (it can no longer be used). The pre-authorised code is derived from the offer id
 * ({@link WalletKeys#preAuthorizedCode}) for each answer: the database holds only its hash.
 */
@RestController
@RequestMapping(IssuerUrl.API + "/offers")
class OfferController {
    private static final int MODULE_PIXELS = 8;

    private final WalletOffers offers;
    private final WalletKeys keys;
    private final IssuerUrl urls;
    private final WalletProperties properties;

    OfferController(WalletOffers offers, WalletKeys keys, IssuerUrl urls, WalletProperties properties) {
        this.offers = offers;
        this.keys = keys;
        this.urls = urls;
        this.properties = properties;
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> offer(@PathVariable String id) {
        Offer offer = open(id);
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("pre-authorized_code", keys.preAuthorizedCode(offer.offerId())); // derived, never stored
        if (offer.txCodeRequired()) {
            grant.put("tx_code", Map.of("input_mode", "numeric", "length", properties.txCode().length(),
                    "description", properties.txCode().description()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("credential_issuer", urls.issuer());
        body.put("credential_configuration_ids", List.of(offer.configurationId()));
        body.put("grants", Map.of(IssuerMetadataController.PRE_AUTHORIZED_GRANT, grant));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @GetMapping("/{id}/qr")
    ResponseEntity<byte[]> qr(@PathVariable String id) {
        Offer offer = open(id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(png(urls.offerLink(offer.offerId())));
    }

    private Offer open(String id) {
        Offer offer = CanonicalUuid.parse(id).flatMap(offers::find).orElseThrow(() -> new WalletError(HttpStatus.NOT_FOUND, "offer_not_found", "no credential offer with that id"));
        if (!"open".equals(offer.state(offers.now()))) {
            throw new WalletError(HttpStatus.GONE, "offer_not_open", "the credential offer was used or has expired");
        }
        return offer;
    }

    /** The QR code (error correction M, quiet zone of 4 modules) as a PNG, 8 pixels per module. */
    static byte[] png(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            int width = matrix.getWidth() * MODULE_PIXELS;
            int height = matrix.getHeight() * MODULE_PIXELS;
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("the offer link does not fit a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
