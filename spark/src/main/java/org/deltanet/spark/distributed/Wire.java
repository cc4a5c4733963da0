package org.deltanet.spark.distributed;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.net.Socket;

/**
 * One end of the connection between a worker's task and the driver: Java serialization over a
 * socket, one object per message, each sent on its own (the stream forgets what it sent, so a
 * vector sent again is sent whole and nothing accumulates). Classes are resolved by the thread's
 * context class loader, where an executor has deltanet's and the plugins' jars.
 */
final class Wire implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final Socket socket;
    private final ObjectOutputStream out;
    private final ObjectInputStream in;

    /**
     * @param socket a connected socket
     * @param input  how to read it: the socket's stream, or one that wraps it
     */
    Wire(Socket socket, InputStream input) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.out = new ObjectOutputStream(new BufferedOutputStream(socket.getOutputStream(), BUFFER));
        out.flush();
        this.in = new ContextObjectInputStream(new BufferedInputStream(input, BUFFER));
    }

    Wire(Socket socket) throws IOException {
        this(socket, socket.getInputStream());
    }

    void send(Object message) throws IOException {
        out.writeObject(message);
        out.reset();
        out.flush();
    }

    Object receive() throws IOException {
        try {
            return in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("a message of an unknown class: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all that is left to do
        }
    }

    private static final class ContextObjectInputStream extends ObjectInputStream {
        ContextObjectInputStream(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader == null) {
                return super.resolveClass(description);
            }
            try {
                return Class.forName(description.getName(), false, loader);
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }
    }
}
