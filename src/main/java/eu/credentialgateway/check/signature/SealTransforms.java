package eu.credentialgateway.check.signature;

import java.util.Set;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The transforms a seal may ask for, checked on the DOM BEFORE the signature is unmarshalled or any transform runs:
 * what XAdES baseline allows (enveloped-signature, the C14N family, base64) and the two fixed XPath expressions the
 * EDCI seals of 2020-22 use for the same purpose (XPath 1.0 {@code not(ancestor-or-self::ds:Signature)} and XPath
 * Filter 2.0 subtract {@code /descendant::ds:Signature}, both with {@code ds} bound to XML-DSig). Any other
 * transform, XSLT or XPath expression is chosen by the sender and can make verification run for minutes.
 */
final class SealTransforms {
    private static final String XPATH_FILTER2 = "http://www.w3.org/2002/06/xmldsig-filter2";
    private static final Set<String> BASELINE = Set.of(Transform.ENVELOPED, Transform.BASE64,
            CanonicalizationMethod.INCLUSIVE, CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS,
            CanonicalizationMethod.EXCLUSIVE, CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS,
            "http://www.w3.org/2006/12/xml-c14n11", "http://www.w3.org/2006/12/xml-c14n11#WithComments");

    private SealTransforms() {
    }

    /** Null when every transform of this signature is allowed; otherwise what is refused (no document text quoted). */
    static String refused(Element signature) {
        NodeList transforms = signature.getElementsByTagNameNS(XMLSignature.XMLNS, "Transform");
        for (int i = 0; i < transforms.getLength(); i++) {
            Element transform = (Element) transforms.item(i);
            String algorithm = transform.getAttribute("Algorithm");
            if (BASELINE.contains(algorithm) && !hasElementChildren(transform, algorithm)) {
                continue;
            }
            if (Transform.XPATH.equals(algorithm) && onlyExpression(transform, XMLSignature.XMLNS, "not(ancestor-or-self::ds:Signature)", null)) {
                continue;
            }
            if (Transform.XPATH2.equals(algorithm) && onlyExpression(transform, XPATH_FILTER2, "/descendant::ds:Signature", "subtract")) {
                continue;
            }
            return "transform " + (algorithm.length() > 100 ? algorithm.substring(0, 100) + "…" : algorithm)
                    + (algorithm.contains("xpath") || algorithm.contains("filter2") ? " with a sender-chosen expression" : "")
                    + " is not one XAdES baseline allows (enveloped-signature, C14N, base64)";
        }
        return null;
    }

    /** Exclusive C14N may carry an InclusiveNamespaces prefix list; no other baseline transform has parameters. */
    private static boolean hasElementChildren(Element transform, String algorithm) {
        for (Node child = transform.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && !(algorithm.startsWith(CanonicalizationMethod.EXCLUSIVE)
                    && "InclusiveNamespaces".equals(element.getLocalName()))) {
                return true;
            }
        }
        return false;
    }

    /** True when the transform holds exactly one XPath element with this expression (and filter), ds bound to XML-DSig. */
    private static boolean onlyExpression(Element transform, String namespace, String expression, String filter) {
        Element only = null;
        for (Node child = transform.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if (only != null) {
                    return false;
                }
                only = element;
            }
        }
        return only != null && namespace.equals(only.getNamespaceURI()) && "XPath".equals(only.getLocalName())
                && expression.equals(only.getTextContent().strip())
                && (filter == null || filter.equals(only.getAttribute("Filter")))
                && XMLSignature.XMLNS.equals(only.lookupNamespaceURI("ds"));
    }
}
