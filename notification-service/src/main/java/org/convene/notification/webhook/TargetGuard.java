package org.convene.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.platform.problem.ProblemException;

/**
 * Where webhooks may go (SSRF): only absolute http(s) URLs, and, unless {@code convene.webhooks.allow-private-targets},
 * only hosts all of whose addresses are public: not loopback, private (10/8, 172.16/12, 192.168/16, 100.64/10,
 * fc00::/7, fec0::/10), link-local (169.254/16, fe80::/10), any-local (0.0.0.0/8, ::) or multicast. Checked when a
 * subscription is written and again before every attempt, which then connects to the address it checked.
 */
@ApplicationScoped
public class TargetGuard {

    public static final int MAX_URL_LENGTH = 2000;

    @Inject
    WebhookConfig config;

    /** A refused target: the reason, for the 400 or the delivery's lastError. */
    public static class Refused extends Exception {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The URL of a subscription being written: a 400 naming {@code url} if it is not one this service calls. */
    public URI checkUrl(String url) {
        try {
            URI uri = parse(url);
            if (!config.allowPrivateTargets()) {
                resolve(uri);
            }
            return uri;
        } catch (Refused e) {
            throw ProblemException.invalidField("url", e.getMessage());
        }
    }

    /** Before an attempt: the address to connect to, every address of the host having been checked. */
    public InetAddress target(String url) throws Refused {
        URI uri = parse(url);
        return resolve(uri)[0];
    }

    static URI parse(String url) throws Refused {
        if (url == null || url.isBlank()) {
            throw new Refused("is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new Refused("must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new Refused("is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || scheme == null) {
            throw new Refused("must be an absolute http or https URL");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("must be an http or https URL, not " + scheme);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("must name a host");
        }
        if (uri.getFragment() != null) {
            throw new Refused("must not have a fragment");
        }
        return uri;
    }

    private InetAddress[] resolve(URI uri) throws Refused {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new Refused("the host " + uri.getHost() + " cannot be resolved");
        } catch (SecurityException | IllegalArgumentException e) {
            throw new Refused("the host " + uri.getHost() + " is not a valid host name");
        }
        if (addresses.length == 0) {
            throw new Refused("the host " + uri.getHost() + " cannot be resolved");
        }
        if (!config.allowPrivateTargets()) {
            for (InetAddress address : addresses) {
                if (forbidden(address)) {
                    throw new Refused("the host " + uri.getHost() + " resolves to " + address.getHostAddress()
                            + ", a loopback, private, link-local or multicast address, which this service does not"
                            + " call");
                }
            }
        }
        return addresses;
    }

    static boolean forbidden(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] raw = address.getAddress();
        if (raw.length == 4) {
            int first = raw[0] & 0xff;
            int second = raw[1] & 0xff;
            return first == 0 || first == 127 || (first == 100 && (second & 0xc0) == 64) // 0/8, 100.64/10
                    || (first == 169 && second == 254) || first >= 224; // link-local, multicast and reserved
        }
        if ((raw[0] & 0xfe) == 0xfc) {
            return true; // fc00::/7, unique local
        }
        // an IPv4 address inside IPv6: compatible (::a.b.c.d), mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::/96)
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= raw[i] == 0;
        }
        boolean mapped = zeros && ((raw[10] == 0 && raw[11] == 0) || (raw[10] == (byte) 0xff && raw[11] == (byte) 0xff));
        boolean nat64 = raw[0] == 0 && raw[1] == 0x64 && raw[2] == (byte) 0xff && raw[3] == (byte) 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = raw[i] == 0;
        }
        if (mapped || nat64) {
            try {
                return forbidden(InetAddress.getByAddress(new byte[] {raw[12], raw[13], raw[14], raw[15]}));
            } catch (UnknownHostException e) {
                return true;
            }
        }
        return false;
    }
}
