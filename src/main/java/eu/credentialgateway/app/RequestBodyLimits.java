package eu.credentialgateway.app;

import eu.credentialgateway.BodyTooLarge;
import eu.credentialgateway.BoundedInputStream;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the bodies of the small JSON and form endpoints while they are read, before Spring turns them into
 * objects: a {@code Content-Length} above the limit is answered 413 at once, a body that grows past it while read
 * (chunked) fails the read with {@link BodyTooLarge}, which {@link SpringErrorProblems} answers 413 {@code too-large}
 * (the wallet endpoints in OAuth's error shape). Limits: wallet token 8 KB, wallet credential 64 KB (it carries the
 * proof JWT), review acceptance and API key creation 16 KB. Conversions and verifications bound their own bodies
 * ({@code gateway.ingest.max-size}, {@code gateway.verify.max-size}).
 */
@Component
public class RequestBodyLimits extends OncePerRequestFilter {
    /** One endpoint's limit. */
    record Limit(String pattern, long bytes, boolean wallet) {
    }

    static final List<Limit> LIMITS = List.of(
            new Limit("/api/v1/wallet/token", 8 * 1024, true),
            new Limit("/api/v1/wallet/credential", 64 * 1024, true),
            new Limit("/api/v1/reviews/*/accept", 16 * 1024, false),
            new Limit("/api/v1/api-keys", 16 * 1024, false));
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limit limit = limitOf(request);
        if (limit == null) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit.bytes()) {
            refuse(response, limit);
            return;
        }
        chain.doFilter(new Bounded(request, limit.bytes()), response);
    }

    static Limit limitOf(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return LIMITS.stream().filter(l -> PATHS.match(l.pattern(), path)).findFirst().orElse(null);
    }

    private static void refuse(HttpServletResponse response, Limit limit) throws IOException {
        String detail = new BodyTooLarge(limit.bytes()).getMessage();
        response.setStatus(413);
        response.setHeader("Connection", "close");
        if (limit.wallet()) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write(SpringErrorProblems.walletJson(detail).getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(SpringErrorProblems.problemJson(413, BodyTooLarge.CODE, detail).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The request with a body that fails once it passes the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream bounded;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new CountingInput(super.getInputStream(), limit);
            }
            return bounded;
        }
    }

    /** The servlet's stream read through a {@link BoundedInputStream}; the servlet's own calls go to the servlet's stream. */
    private static final class CountingInput extends ServletInputStream {
        private final ServletInputStream in;
        private final BoundedInputStream bounded;

        CountingInput(ServletInputStream in, long limit) {
            this.in = in;
            this.bounded = new BoundedInputStream(in, limit, () -> new BodyTooLarge(limit));
        }

        @Override
        public int read() throws IOException {
            return bounded.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return bounded.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
