package io.camelkartra.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate made at start (EC P-256, valid one year, SAN {@code localhost},
 * {@code 127.0.0.1}, {@code ::1}), the server's {@link SSLContext}, and what a client needs to trust
 * it: a PKCS12 trust store file with a random password, the certificate as PEM and a client
 * {@link SSLContext}. Uses
 * BouncyCastle only to build the certificate; keys and signatures come from the JDK's providers.
 */
final class TlsMaterial {

    private final SSLContext serverContext;
    private final SSLContext clientContext;
    private final Path trustStore;
    private final String trustStorePassword;
    private final Path certificatePem;

    private TlsMaterial(SSLContext serverContext, SSLContext clientContext, Path trustStore, String trustStorePassword,
            Path certificatePem) {
        this.serverContext = serverContext;
        this.clientContext = clientContext;
        this.trustStore = trustStore;
        this.trustStorePassword = trustStorePassword;
        this.certificatePem = certificatePem;
    }

    /** Makes a fresh key and certificate and writes the trust store into {@code directory}. */
    static TlsMaterial generate(Path directory) throws IOException, GeneralSecurityException {
        SecureRandom random = new SecureRandom();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair keys = generator.generateKeyPair();
        X509Certificate certificate = selfSigned(keys, random);

        char[] password = HexFormat.of().formatHex(random.generateSeed(12)).toCharArray();
        KeyStore serverStore = KeyStore.getInstance("PKCS12");
        serverStore.load(null, null);
        serverStore.setKeyEntry("kartra-simulator", keys.getPrivate(), password, new X509Certificate[] {certificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(serverStore, password);
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(keyManagers.getKeyManagers(), null, random);

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("kartra-simulator", certificate);
        Path file = directory.resolve("kartra-simulator-truststore.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            trust.store(out, password);
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, trustManagers.getTrustManagers(), random);
        Path pem = directory.resolve("kartra-simulator-certificate.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
        return new TlsMaterial(server, client, file, new String(password), pem);
    }

    private static X509Certificate selfSigned(KeyPair keys, SecureRandom random) throws GeneralSecurityException, IOException {
        X500Name name = new X500Name("CN=localhost, O=Kartra simulator");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, random),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name, keys.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
            new GeneralName(GeneralName.iPAddress, "::1")}));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign the certificate", e);
        }
    }

    SSLContext serverContext() {
        return serverContext;
    }

    SSLContext clientContext() {
        return clientContext;
    }

    Path trustStore() {
        return trustStore;
    }

    String trustStorePassword() {
        return trustStorePassword;
    }

    /** The certificate as PEM, for tools such as {@code curl --cacert}. */
    Path certificatePem() {
        return certificatePem;
    }
}
