package dev.carve.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP link on loopback between clients and a server that a test can cut and restore, to
 * put the server out of reach while it keeps running and keeps its state. While cut, the
 * link closes every open connection and every new one at once, as a host that is down
 * does. Otherwise it passes bytes on as they come, without delaying small writes.
 */
final class TcpProxy implements AutoCloseable {

	private final ServerSocket listener;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile int targetPort;

	private volatile boolean cut;

	TcpProxy() {
		try {
			this.listener = new ServerSocket();
			this.listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The port clients connect to. */
	int port() {
		return this.listener.getLocalPort();
	}

	/** Starts forwarding every connection to a port on loopback. */
	void forwardTo(int port) {
		this.targetPort = port;
		Thread.ofVirtual().name("tcp-proxy-" + port()).start(this::acceptLoop);
	}

	/** Closes every connection and refuses new ones until {@link #restore()}. */
	void cut() {
		this.cut = true;
		this.open.forEach(TcpProxy::closeQuietly);
		this.open.clear();
	}

	/** Lets connections through again. */
	void restore() {
		this.cut = false;
	}

	private void acceptLoop() {
		while (!this.listener.isClosed()) {
			Socket client;
			try {
				client = this.listener.accept();
			}
			catch (IOException ex) {
				continue; // the listener closed
			}
			if (this.cut) {
				closeQuietly(client);
				continue;
			}
			Socket server = null;
			try {
				server = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				this.open.add(client);
				this.open.add(server);
				// As the clients and servers themselves do (pgjdbc, Kafka): with Nagle's
				// algorithm on, a small write waits for the peer's delayed ack, 40 ms on
				// Linux, and a request or reply split across writes waits that long.
				client.setTcpNoDelay(true);
				server.setTcpNoDelay(true);
				pipe(client, server);
				pipe(server, client);
			}
			catch (IOException ex) {
				// The server refused, or a socket failed: the client sees its connection
				// end.
				closeQuietly(client);
				this.open.remove(client);
				if (server != null) {
					closeQuietly(server);
					this.open.remove(server);
				}
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread.ofVirtual().start(() -> {
			byte[] buffer = new byte[64 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) != -1) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side went away
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		});
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() {
		cut();
		try {
			this.listener.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
