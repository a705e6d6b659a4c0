package wave.llm.embedded;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a tiny Llama model in GGUF (version 3, little endian, F32 tensors aligned to 32 bytes), with random weights:
 * one block, 32-wide embeddings, two heads, a 64-wide feed-forward layer. Its SentencePiece vocabulary is
 * {@code <unk>}, {@code <s>}, {@code </s>} and the 256 byte tokens {@code <0x00>}..{@code <0xFF>}, so it can spell any
 * text. About 130 KB; the point is the runtime, not the answers.
 */
final class TinyGguf {
    static final int EMBEDDING = 32;
    static final int HEADS = 2;
    static final int FEED_FORWARD = 64;
    static final int CONTEXT = 4096;
    /** Token types of llama.cpp's vocabularies. */
    static final int UNKNOWN = 2;
    static final int CONTROL = 3;
    static final int BYTE = 6;

    private final ByteArrayOutputStream metadata = new ByteArrayOutputStream();
    private final DataOutputStream meta = new DataOutputStream(metadata);
    private int keys;

    private TinyGguf() {
    }

    /** The vocabulary: three control tokens, then one token per byte value. */
    static List<String> vocabulary() {
        List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
        }
        return tokens;
    }

    /** Writes the model with weights drawn from the seed. */
    static Path write(Path file, long seed) throws IOException {
        return new TinyGguf().writeTo(file, seed);
    }

    private Path writeTo(Path file, long seed) throws IOException {
        List<String> tokens = vocabulary();
        int vocab = tokens.size();
        text("general.architecture", "llama");
        text("general.name", "wave-tiny-random");
        u32("llama.context_length", CONTEXT);
        u32("llama.embedding_length", EMBEDDING);
        u32("llama.block_count", 1);
        u32("llama.feed_forward_length", FEED_FORWARD);
        u32("llama.attention.head_count", HEADS);
        u32("llama.attention.head_count_kv", HEADS);
        u32("llama.rope.dimension_count", EMBEDDING / HEADS);
        key("llama.attention.layer_norm_rms_epsilon", 6);
        f32(meta, 1e-5f);
        text("tokenizer.ggml.model", "llama");
        array("tokenizer.ggml.tokens", 8, vocab);
        for (String t : tokens) {
            string(meta, t);
        }
        array("tokenizer.ggml.scores", 6, vocab);
        for (int i = 0; i < vocab; i++) {
            f32(meta, 0f);
        }
        array("tokenizer.ggml.token_type", 5, vocab);
        for (int i = 0; i < vocab; i++) {
            le32(meta, i == 0 ? UNKNOWN : i < 3 ? CONTROL : BYTE);
        }
        u32("tokenizer.ggml.bos_token_id", 1);
        u32("tokenizer.ggml.eos_token_id", 2);
        u32("tokenizer.ggml.unknown_token_id", 0);

        Map<String, long[]> tensors = new LinkedHashMap<>();
        tensors.put("token_embd.weight", new long[] {EMBEDDING, vocab});
        tensors.put("output_norm.weight", new long[] {EMBEDDING});
        tensors.put("output.weight", new long[] {EMBEDDING, vocab});
        tensors.put("blk.0.attn_norm.weight", new long[] {EMBEDDING});
        for (String name : List.of("attn_q", "attn_k", "attn_v", "attn_output")) {
            tensors.put("blk.0." + name + ".weight", new long[] {EMBEDDING, EMBEDDING});
        }
        tensors.put("blk.0.ffn_norm.weight", new long[] {EMBEDDING});
        tensors.put("blk.0.ffn_gate.weight", new long[] {EMBEDDING, FEED_FORWARD});
        tensors.put("blk.0.ffn_down.weight", new long[] {FEED_FORWARD, EMBEDDING});
        tensors.put("blk.0.ffn_up.weight", new long[] {EMBEDDING, FEED_FORWARD});

        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.write("GGUF".getBytes(StandardCharsets.US_ASCII));
        le32(h, 3);
        le64(h, tensors.size());
        le64(h, keys);
        h.write(metadata.toByteArray());
        long offset = 0;
        for (Map.Entry<String, long[]> e : tensors.entrySet()) {
            string(h, e.getKey());
            le32(h, e.getValue().length);
            for (long d : e.getValue()) {
                le64(h, d);
            }
            le32(h, 0); // F32
            le64(h, offset);
            offset += aligned(4 * count(e.getValue()));
        }
        while (header.size() % 32 != 0) {
            header.write(0);
        }
        Random random = new Random(seed);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(header.toByteArray());
            DataOutputStream data = new DataOutputStream(out);
            for (Map.Entry<String, long[]> e : tensors.entrySet()) {
                long n = count(e.getValue());
                boolean norm = e.getKey().contains("norm");
                for (long i = 0; i < n; i++) {
                    f32(data, norm ? 1f : (float) (random.nextGaussian() * 0.02));
                }
                for (long p = 4 * n; p < aligned(4 * n); p++) {
                    data.write(0);
                }
            }
        }
        return file;
    }

    private void key(String name, int type) throws IOException {
        string(meta, name);
        le32(meta, type);
        keys++;
    }

    private void text(String name, String value) throws IOException {
        key(name, 8);
        string(meta, value);
    }

    private void u32(String name, int value) throws IOException {
        key(name, 4);
        le32(meta, value);
    }

    private void array(String name, int elementType, int length) throws IOException {
        key(name, 9);
        le32(meta, elementType);
        le64(meta, length);
    }

    private static long count(long[] dims) {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }

    private static long aligned(long bytes) {
        return (bytes + 31) / 32 * 32;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        le64(out, bytes.length);
        out.write(bytes);
    }

    private static void le32(DataOutputStream out, int v) throws IOException {
        out.writeInt(Integer.reverseBytes(v));
    }

    private static void le64(DataOutputStream out, long v) throws IOException {
        out.writeLong(Long.reverseBytes(v));
    }

    private static void f32(DataOutputStream out, float v) throws IOException {
        le32(out, Float.floatToIntBits(v));
    }
}
