package eu.credentialgateway.deliver.wallet;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders a {@link WalletError} thrown by this package's endpoints in OAuth's error shape. */
@RestControllerAdvice(basePackageClasses = WalletErrors.class)
class WalletErrors {
    @ExceptionHandler(WalletError.class)
    ResponseEntity<Map<String, Object>> answer(WalletError error) {
        return error.response();
    }
}
