package io.leadline.communications.delivery;

import io.leadline.web.OutboundAddresses;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import javax.net.SocketFactory;

/**
 * Sockets for a team's own SMTP server: each connection resolves the host once, refuses it when it lands inside the
 * server's network ({@link OutboundAddresses}), and connects to exactly the address it checked — so a name that
 * resolved outside when the team saved it and inside now (DNS rebinding) reaches nothing. Given to Jakarta Mail as
 * {@code mail.smtp.socketFactory}; TLS is layered on the checked connection.
 */
final class VettedSockets extends SocketFactory {

    @Override
    public Socket createSocket() {
        return new VettedSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    /** The local address is the system's choice, as for every other outbound connection. */
    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return createSocket(address, port);
    }

    private static Socket connected(InetSocketAddress endpoint) throws IOException {
        Socket socket = new VettedSocket();
        socket.connect(endpoint);
        return socket;
    }

    private static final class VettedSocket extends Socket {

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            InetSocketAddress target = (InetSocketAddress) endpoint;
            InetAddress[] vetted;
            try {
                vetted = OutboundAddresses.vetted(target.getHostString());
            } catch (UnknownHostException refused) {
                throw new ConnectException("the team's SMTP host " + refused.getMessage());
            }
            super.connect(new InetSocketAddress(vetted[0], target.getPort()), timeout);
        }
    }
}
