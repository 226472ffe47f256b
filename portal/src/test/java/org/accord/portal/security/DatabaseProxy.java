package org.accord.portal.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy on loopback in front of the real database port. {@link #cut()} closes every connection and refuses
 * new ones, {@link #restore()} accepts again; {@link #cutWhenSent(String)} cuts as soon as a client sends that
 * text (in UTF-8 as MySQL sends SQL, or UTF-16 as H2 does), which stops a transaction half-way.
 */
final class DatabaseProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "database-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private volatile ServerSocket listener;
    private volatile List<byte[]> trigger = List.of();

    DatabaseProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = listener.getLocalPort();
        accept(listener);
    }

    int port() {
        return port;
    }

    synchronized void cut() {
        closeQuietly(listener);
        listener = null;
        trigger = List.of();
        sockets.forEach(DatabaseProxy::closeQuietly);
        sockets.clear();
    }

    synchronized void restore() throws IOException {
        if (listener == null) {
            var socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            listener = socket;
            accept(socket);
        }
    }

    void cutWhenSent(String text) {
        trigger = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE));
    }

    boolean isCut() {
        return listener == null;
    }

    @Override
    public void close() {
        cut();
        threads.shutdownNow();
    }

    private void accept(ServerSocket socket) {
        threads.execute(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Socket server = new Socket(targetHost, targetPort);
                    sockets.add(client);
                    sockets.add(server);
                    if (socket.isClosed()) {
                        closeQuietly(client);
                        closeQuietly(server);
                        return;
                    }
                    threads.execute(() -> pump(client, server, true));
                    threads.execute(() -> pump(server, client, false));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void pump(Socket from, Socket to, boolean fromClient) {
        byte[] buffer = new byte[16 * 1024];
        byte[] seen = new byte[0];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (fromClient && !trigger.isEmpty()) {
                    seen = tail(seen, buffer, read);
                    if (contains(seen, trigger)) {
                        cut();
                        return;
                    }
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (SocketException closed) {
            // cut, or the other side went away
        } catch (IOException failed) {
            // likewise
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** The last bytes seen together with what was just read, so that a text split between two reads is found. */
    private static byte[] tail(byte[] seen, byte[] buffer, int read) {
        int keep = Math.min(seen.length, 256);
        byte[] joined = new byte[keep + read];
        System.arraycopy(seen, seen.length - keep, joined, 0, keep);
        System.arraycopy(buffer, 0, joined, keep, read);
        return joined;
    }

    private static boolean contains(byte[] data, List<byte[]> needles) {
        for (byte[] needle : needles) {
            outer:
            for (int i = 0; i + needle.length <= data.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (data[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
