/**
 * The generic check of xml adapters ({@code XmlCheck}: root element and namespace from {@code xml.root} /
 * {@code xml.namespaces}, local names, {@code gw-id}/{@code gw-parent}/{@code gw-lang}) and the XML reading every XML
 * check shares: {@code SecureXmlParser} (no DTD, XML 1.0 only, depth-bounded; also used by the ELMO check and the XAdES
 * seal check), {@code XmlMarkup} (escaping for the normalised form) and {@code DocumentLanguage} (the language an XML
 * document declares, for the ELMO check too). Apart from the other kinds because nothing here knows a format: an xml
 * adapter gets it from {@code kind=xml} alone, and format-specific XML checks build on it.
 */
package eu.credentialgateway.check.xml;
