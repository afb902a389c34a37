package eu.credentialgateway.seal;

import eu.credentialgateway.OutputProfile;

/** A profile whose form is never sealed (the Turtle and N-Quads debugging forms): passes the body through. */
record UnsealedForm(OutputProfile form) implements SealForm {
    @Override
    public String profile() {
        return form.id();
    }

    @Override
    public String mediaType() {
        return form.unsealedMediaType();
    }

    @Override
    public String seal(String credential) {
        return credential;
    }
}
