/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-plot"
#define _GNU_SOURCE  /* O_TMPFILE */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <zlib.h>

#include "dlm-error.h"
#include "dlm-export.h"

#define MAX_SIDE 8192

gboolean
dlm_format_from_path (const char  *path,
                      DlmFormat   *format,
                      GError     **error)
{
  static const struct { const char *ext; DlmFormat format; } formats[] = {
    { ".png", DLM_FORMAT_PNG }, { ".svg", DLM_FORMAT_SVG },
    { ".pdf", DLM_FORMAT_PDF }, { ".csv", DLM_FORMAT_CSV },
    { ".py", DLM_FORMAT_PY }, { ".ipynb", DLM_FORMAT_IPYNB },
  };
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *shown = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (lower, formats[i].ext))
      {
        *format = formats[i].format;
        return TRUE;
      }

  shown = dlm_quote_path (path);
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("“%s” has no known extension; accepted: .png, .svg, .pdf, .csv, .py, .ipynb, .gif, .webm"), shown);
  return FALSE;
}

cairo_surface_t *
dlm_export_to_image (int         width,
                     int         height,
                     DlmDrawFunc draw,
                     gpointer    data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  draw (cr, width, height, data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* ---- memory for a PNG export -------------------------------------------- */

/* A PNG export draws into one anonymous mapping in transparent huge pages
 * (where the kernel offers them), which also holds the deflate streams'
 * working memory. On a virtual machine every page fault is dear: a
 * 1920×1080 figure and two zlib streams touch 2,200 small pages (2,000
 * more faults than drawing an SVG), but 5 huge ones. The mapping comes
 * zeroed, as cairo_image_surface_create() starts a surface too, so the
 * pixels drawn are the same. */

#define HUGE_PAGE_SIZE   ((gsize) 2 << 20)
#define ZLIB_MEMORY      ((gsize) 512 << 10)  /* per stream; deflate needs 270 kB */

typedef struct {
  guint8 *start;   /* of the mapping */
  gsize   length;
  guint8 *next;    /* the first byte not handed out */
  guint8 *end;
} HugeArena;

static const cairo_user_data_key_t arena_key;

static gsize
round_up (gsize n,
          gsize to)
{
  return (n + to - 1) / to * to;
}

static void
huge_arena_free (gpointer data)
{
  HugeArena *arena = data;

  munmap (arena->start, arena->length);
  g_free (arena);
}

/* NULL when mmap() fails. One huge page more than @size is mapped, so
 * that the part used can start on a huge page boundary. */
static HugeArena *
huge_arena_new (gsize size)
{
  gsize length = round_up (size, HUGE_PAGE_SIZE) + HUGE_PAGE_SIZE;
  guint8 *start = mmap (NULL, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  HugeArena *arena;

  if (start == MAP_FAILED)
    return NULL;
  arena = g_new (HugeArena, 1);
  arena->start = start;
  arena->length = length;
  arena->next = start + (round_up ((guintptr) start, HUGE_PAGE_SIZE) - (guintptr) start);
  arena->end = start + length;
  madvise (arena->next, arena->end - arena->next, MADV_HUGEPAGE);  /* only a hint */
  return arena;
}

/* Hands out zeroed memory, 64-byte aligned, or NULL when it is used up.
 * Not thread-safe: the streams are set up before the worker starts. */
static gpointer
huge_arena_alloc (HugeArena *arena,
                  gsize      size)
{
  guint8 *block = arena->next;

  size = round_up (size, 64);
  if (size > (gsize) (arena->end - arena->next))
    return NULL;
  arena->next += size;
  return block;
}

/* A blank ARGB32 surface in a new arena with room for two deflate
 * streams, which it keeps (see arena_of()); NULL when mmap() fails. */
static cairo_surface_t *
create_huge_page_surface (int width,
                          int height)
{
  int stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, width);
  gsize size = (gsize) stride * height;
  HugeArena *arena = huge_arena_new (size + 2 * ZLIB_MEMORY);
  cairo_surface_t *surface;

  if (arena == NULL)
    return NULL;
  surface = cairo_image_surface_create_for_data (huge_arena_alloc (arena, size),
                                                 CAIRO_FORMAT_ARGB32, width, height, stride);
  if (cairo_surface_set_user_data (surface, &arena_key, arena, huge_arena_free) != CAIRO_STATUS_SUCCESS)
    {
      /* an error surface keeps no data */
      huge_arena_free (arena);
      cairo_surface_destroy (surface);
      return NULL;
    }
  return surface;
}

static HugeArena *
arena_of (cairo_surface_t *surface)
{
  return cairo_surface_get_user_data (surface, &arena_key);
}

static cairo_surface_t *
render_png_pixels (int         width,
                   int         height,
                   DlmDrawFunc draw,
                   gpointer    data)
{
  cairo_surface_t *surface = create_huge_page_surface (width, height);
  cairo_t *cr;

  if (surface == NULL)
    return dlm_export_to_image (width, height, draw, data);
  cr = cairo_create (surface);
  draw (cr, width, height, data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* zlib's allocator: from the arena while it lasts, else from the heap. */
static voidpf
zlib_alloc (voidpf opaque,
            uInt   items,
            uInt   size)
{
  gpointer block = opaque != NULL ? huge_arena_alloc (opaque, (gsize) items * size) : NULL;

  return block != NULL ? block : g_try_malloc0_n (items, size);
}

static void
zlib_free (voidpf opaque,
           voidpf block)
{
  HugeArena *arena = opaque;

  if (arena == NULL || (guint8 *) block < arena->start || (guint8 *) block >= arena->end)
    g_free (block);
}

/* PNG encoding. Figures are opaque (the figure paints its background), so
 * the PNG is RGB without alpha. The settings were measured on a 1920×1080
 * softmax figure: libpng's defaults (zlib level 6, adaptive filters) take
 * 38 ms for 51 kB; zlib level 3 with no row filter takes 8.5 ms for 89 kB.
 * Plots are large flat areas, which deflate finds without help from a
 * filter, and the filter pass would cost more than it saves (Sub or Up
 * filters, zlib's level 1 or Z_RLE, libdeflate: none was faster here).
 *
 * Most rows of a plot repeat the row above (624 of softmax's 1,080: the
 * margins, the inside of bars); those are not given to zlib at all but
 * written as blocks of matches one row back (see deflate_repeats()),
 * which took the deflating from 9.2 to 6.3 ms and the file from 91 to
 * 84 kB. The rows are split in two halves deflated on two threads into
 * one zlib stream, as pigz does: the first half ends on a byte boundary
 * with no final block, and the Adler-32 checksums of the halves are
 * combined. The chunks around the stream are written here. */

#define PNG_ZLIB_LEVEL 3
#define OUT_CHUNK      ((gsize) 64 << 10)
#define MAX_DISTANCE   32768  /* deflate's window */

typedef struct {
  const guint8 *pixels;
  int           stride;
  int           width;
  int           first_row;
  int           end_row;
  gboolean      last;       /* ends the stream (Z_FINISH) */
  z_stream      z;
  gboolean      z_pending;  /* zlib has had rows since its last flush */
  guint8       *row;        /* the last row packed */
  gsize         row_len;
  GByteArray   *out;        /* raw deflate data */
  guint32       adler;      /* of the uncompressed rows */
  gsize         length;     /* of the uncompressed rows */
  gboolean      ok;
} DeflatePart;

/* One PNG row: filter byte 0 ("none"), then R, G, B from cairo's native
 * ARGB32 pixels. */
static void
pack_row (DeflatePart *part,
          int          y)
{
  const guint32 *in = (const guint32 *) (part->pixels + (gsize) y * part->stride);
  guint8 *row = part->row;

  *row++ = 0;
  for (int x = 0; x < part->width; x++)
    {
      *row++ = in[x] >> 16;
      *row++ = in[x] >> 8;
      *row++ = in[x];
    }
}

static gboolean
row_repeats (const DeflatePart *part,
             int                y)
{
  const guint8 *row = part->pixels + (gsize) y * part->stride;

  return part->row_len <= MAX_DISTANCE && y > part->first_row &&
         memcmp (row, row - part->stride, 4 * (gsize) part->width) == 0;
}

/* Runs zlib on what is in z->next_in, the output straight into the end
 * of part->out. */
static gboolean
run_zlib (DeflatePart *part,
          int          flush)
{
  z_stream *z = &part->z;
  int status;

  do
    {
      guint used = part->out->len;

      g_byte_array_set_size (part->out, used + OUT_CHUNK);
      z->next_out = part->out->data + used;
      z->avail_out = OUT_CHUNK;
      status = deflate (z, flush);
      g_byte_array_set_size (part->out, used + OUT_CHUNK - z->avail_out);
      if (status == Z_STREAM_ERROR)
        return FALSE;
    }
  while (z->avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
  return TRUE;
}

static gboolean
deflate_new_row (DeflatePart *part,
                 int          y)
{
  pack_row (part, y);
  part->adler = adler32 (part->adler, part->row, part->row_len);
  part->length += part->row_len;
  part->z.next_in = part->row;
  part->z.avail_in = part->row_len;
  part->z_pending = TRUE;
  return run_zlib (part, Z_NO_FLUSH);
}

/* ---- rows that repeat the one above ------------------------------------ */

/* Deflate's bits, least significant first (RFC 1951, 3.1.1). */
typedef struct {
  GByteArray *out;
  guint32     bits;
  int         n_bits;
} BitWriter;

static void
put_bits (BitWriter *w,
          guint32    value,
          int        count)
{
  w->bits |= value << w->n_bits;
  w->n_bits += count;
  while (w->n_bits >= 8)
    {
      guint8 byte = w->bits;

      g_byte_array_append (w->out, &byte, 1);
      w->bits >>= 8;
      w->n_bits -= 8;
    }
}

/* Huffman codes go most significant bit first. */
static void
put_code (BitWriter *w,
          guint32    code,
          int        length)
{
  guint32 reversed = 0;

  for (int i = 0; i < length; i++)
    reversed |= ((code >> i) & 1) << (length - 1 - i);
  put_bits (w, reversed, length);
}

/* RFC 1951, 3.2.5: the lengths 3–258 as symbols 257–285 plus extra
 * bits, the distances 1–32768 as codes 0–29 plus extra bits. */
static const guint16 length_base[] = {
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
  131, 163, 195, 227, 258 };
static const guint8 length_extra[] = {
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
static const guint16 distance_base[] = {
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
  2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };

#define N_LIT_CODES  286
#define N_DIST_CODES 30

static int
length_index (int length)
{
  int l = G_N_ELEMENTS (length_base) - 1;

  while (length_base[l] > length)
    l--;
  return l;
}

static int
distance_code (int distance)
{
  int d = G_N_ELEMENTS (distance_base) - 1;

  while (distance_base[d] > distance)
    d--;
  return d;
}

/* The next match of a run of @left bytes: 258 bytes where it can, and
 * never a rest of 1 or 2 bytes, which no match can cover. */
static int
match_length (gsize left)
{
  return left > 258 && left < 261 ? left - 3 : MIN (left, 258);
}

/* Canonical Huffman codes for @lengths (RFC 1951, 3.2.2). */
static void
assign_codes (const guint8 *lengths,
              int           n,
              guint16      *codes)
{
  guint16 count[16] = { 0 }, next[16] = { 0 };

  for (int i = 0; i < n; i++)
    count[lengths[i]]++;
  count[0] = 0;
  for (int bits = 1; bits < 16; bits++)
    next[bits] = (next[bits - 1] + count[bits - 1]) << 1;
  for (int i = 0; i < n; i++)
    codes[i] = lengths[i] != 0 ? next[lengths[i]]++ : 0;
}

/* The codes of one repeat block. Lengths and end of block: 285 (258
 * bytes) 1 bit, end of block 2 bits, the (at most two) other length
 * symbols a run ends on 3 bits each; distances: the row's code and one
 * more, 1 bit each. Both codes are complete, as inflaters require. */
typedef struct {
  guint8  lit_lengths[N_LIT_CODES];
  guint16 lit_codes[N_LIT_CODES];
  guint8  dist_lengths[N_DIST_CODES];
  guint16 dist_codes[N_DIST_CODES];
  int     n_dist;                     /* distance codes sent */
} RepeatCodes;

static void
repeat_codes_init (RepeatCodes *codes,
                   gsize        row_len,
                   gsize        left)
{
  int d = distance_code (row_len), n_three = 0;

  memset (codes, 0, sizeof *codes);
  codes->lit_lengths[285] = 1;
  codes->lit_lengths[256] = 2;
  for (; left > 0; left -= match_length (left))
    {
      int symbol = 257 + length_index (match_length (left));

      if (codes->lit_lengths[symbol] == 0)
        {
          codes->lit_lengths[symbol] = 3;
          n_three++;
        }
    }
  /* two 3-bit codes whatever the run ends on: symbols no match uses fill in */
  for (int symbol = 257; n_three < 2; symbol++)
    if (codes->lit_lengths[symbol] == 0)
      {
        codes->lit_lengths[symbol] = 3;
        n_three++;
      }
  codes->dist_lengths[d] = 1;
  codes->dist_lengths[d == 0 ? 1 : d - 1] = 1;
  codes->n_dist = MAX (d, 1) + 1;
  assign_codes (codes->lit_lengths, N_LIT_CODES, codes->lit_codes);
  assign_codes (codes->dist_lengths, N_DIST_CODES, codes->dist_codes);
}

/* The code lengths of both codes, run-length coded (RFC 1951, 3.2.7)
 * with a code of their own: 3 bits for each of the symbols 0–4 and
 * 16–18, which makes a complete code. */
static void
put_code_lengths (BitWriter         *w,
                  const RepeatCodes *codes)
{
  static const guint8 order[] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };
  guint8 cl_lengths[19] = { 3, 3, 3, 3, 3, [16] = 3, [17] = 3, [18] = 3 };
  guint16 cl_codes[19];
  guint8 all[N_LIT_CODES + N_DIST_CODES];
  int n = N_LIT_CODES + codes->n_dist;

  assign_codes (cl_lengths, 19, cl_codes);
  memcpy (all, codes->lit_lengths, N_LIT_CODES);
  memcpy (all + N_LIT_CODES, codes->dist_lengths, codes->n_dist);
  put_bits (w, N_LIT_CODES - 257, 5);
  put_bits (w, codes->n_dist - 1, 5);
  put_bits (w, 18 - 4, 4);  /* 18 code length code lengths, up to symbol 1 in @order */
  for (int i = 0; i < 18; i++)
    put_bits (w, cl_lengths[order[i]], 3);
  for (int i = 0; i < n;)
    {
      int run = 0;

      while (i + run < n && all[i + run] == 0 && run < 138)
        run++;
      if (run >= 3)
        {
          /* 17: 3–10 zeros, 18: 11–138 zeros */
          put_code (w, cl_codes[run >= 11 ? 18 : 17], 3);
          put_bits (w, run >= 11 ? run - 11 : run - 3, run >= 11 ? 7 : 3);
        }
      else
        {
          put_code (w, cl_codes[all[i]], 3);
          run = 1;
        }
      i += run;
    }
}

/* One match of @length (3–258) bytes @distance back. */
static void
put_match (BitWriter         *w,
           const RepeatCodes *codes,
           int                length,
           int                distance)
{
  int l = length_index (length), d = distance_code (distance);

  put_code (w, codes->lit_codes[257 + l], codes->lit_lengths[257 + l]);
  put_bits (w, length - length_base[l], length_extra[l]);
  put_code (w, codes->dist_codes[d], codes->dist_lengths[d]);
  put_bits (w, distance - distance_base[d], d < 4 ? 0 : d / 2 - 1);
}

/* @count rows equal to the one above, as one deflate block of matches one
 * row back, then an empty stored block to end on a byte boundary (as
 * zlib's Z_SYNC_FLUSH does). The block's Huffman codes are its own, made
 * for it: 1 bit for a 258-byte match, 1 bit for its distance; with the
 * fixed codes a match would take 8 + 5 bits before the distance's extra
 * bits. */
static void
put_repeat_block (GByteArray *out,
                  gsize       row_len,
                  int         count)
{
  BitWriter w = { out, 0, 0 };
  RepeatCodes codes;
  gsize left = row_len * count;

  repeat_codes_init (&codes, row_len, left);
  put_bits (&w, 0, 1);  /* not the last block */
  put_bits (&w, 2, 2);  /* its own Huffman codes */
  put_code_lengths (&w, &codes);
  while (left > 0)
    {
      int length = match_length (left);

      put_match (&w, &codes, length, row_len);
      left -= length;
    }
  put_code (&w, codes.lit_codes[256], codes.lit_lengths[256]);  /* end of block */
  put_bits (&w, 0, 3);  /* a stored block, not the last */
  put_bits (&w, 0, (8 - w.n_bits) % 8);
  g_byte_array_append (out, (const guint8 *) "\0\0\xff\xff", 4);
}

/* Rows that repeat the row above, as on most of a plot's rows (the
 * margins, inside bars), cost next to nothing: no packing, no search for
 * matches, a block of matches one row back written here. zlib is flushed
 * to a byte boundary before it and, after it, restarted with the last row
 * as its dictionary, since it did not see the repeated rows itself. */
static gboolean
deflate_repeats (DeflatePart *part,
                 int          count)
{
  guint32 row_adler = adler32 (adler32 (0, NULL, 0), part->row, part->row_len);

  if (part->z_pending && !run_zlib (part, Z_SYNC_FLUSH))
    return FALSE;
  put_repeat_block (part->out, part->row_len, count);
  for (int i = 0; i < count; i++)
    part->adler = adler32_combine (part->adler, row_adler, part->row_len);
  part->length += part->row_len * count;
  part->z_pending = FALSE;
  return deflateReset (&part->z) == Z_OK &&
         deflateSetDictionary (&part->z, part->row, part->row_len) == Z_OK;
}

/* ---- the two halves ----------------------------------------------------- */

static gpointer
deflate_part (gpointer data)
{
  DeflatePart *part = data;
  int repeats = 0;

  for (int y = part->first_row; y < part->end_row && part->ok; y++)
    {
      if (row_repeats (part, y))
        {
          repeats++;
          continue;
        }
      if (repeats > 0)
        part->ok = deflate_repeats (part, repeats);
      repeats = 0;
      part->ok = part->ok && deflate_new_row (part, y);
    }
  if (repeats > 0 && part->ok)
    part->ok = deflate_repeats (part, repeats);
  /* the first half ends on a byte boundary, the second with the last block */
  if (part->ok && (part->last || part->z_pending))
    {
      part->z.avail_in = 0;
      part->ok = run_zlib (part, part->last ? Z_FINISH : Z_FULL_FLUSH);
    }
  return NULL;
}

/* Sets up the stream for rows @first_row to @end_row of @surface, its
 * memory from @arena when there is one. */
static void
deflate_part_init (DeflatePart     *part,
                   cairo_surface_t *surface,
                   HugeArena       *arena,
                   int              first_row,
                   int              end_row)
{
  int width = cairo_image_surface_get_width (surface);

  *part = (DeflatePart) {
    cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface),
    width, first_row, end_row, end_row == cairo_image_surface_get_height (surface),
  };
  part->z.zalloc = zlib_alloc;
  part->z.zfree = zlib_free;
  part->z.opaque = arena;
  part->row_len = 1 + 3 * (gsize) width;
  part->row = zlib_alloc (arena, 1, part->row_len);
  part->out = g_byte_array_sized_new (OUT_CHUNK);
  part->adler = adler32 (0, NULL, 0);
  part->ok = part->row != NULL &&
             deflateInit2 (&part->z, PNG_ZLIB_LEVEL, Z_DEFLATED, -MAX_WBITS, 8,
                           Z_DEFAULT_STRATEGY) == Z_OK;
}

static void
deflate_part_clear (DeflatePart *part,
                    HugeArena   *arena)
{
  deflateEnd (&part->z);
  zlib_free (arena, part->row);
  g_byte_array_unref (part->out);
}

/* Deflates the rows in two halves, on a worker thread and this one. */
static gboolean
deflate_halves (cairo_surface_t *surface,
                DeflatePart      parts[2])
{
  int height = cairo_image_surface_get_height (surface);
  HugeArena *arena = arena_of (surface);
  g_autoptr(GThread) worker = NULL;

  for (int i = 0; i < 2; i++)
    deflate_part_init (&parts[i], surface, arena, i * height / 2, (i + 1) * height / 2);
  worker = g_thread_new ("dlm-png", deflate_part, &parts[0]);
  deflate_part (&parts[1]);
  g_thread_join (g_steal_pointer (&worker));
  return parts[0].ok && parts[1].ok;
}

/* ---- the PNG file ------------------------------------------------------- */

static void
append_be32 (GByteArray *out,
             guint32     value)
{
  guint8 bytes[4] = { value >> 24, value >> 16, value >> 8, value };

  g_byte_array_append (out, bytes, 4);
}

/* Appends @data to a chunk being written, counting it in its CRC. */
static void
append_crc (GByteArray   *out,
            guint32      *crc,
            const guint8 *data,
            gsize         len)
{
  g_byte_array_append (out, data, len);
  *crc = crc32 (*crc, data, len);
}

/* A chunk's length and type; its CRC (returned) covers type and data. */
static guint32
begin_chunk (GByteArray *out,
             const char *type,
             gsize       len)
{
  guint32 crc = crc32 (0, NULL, 0);

  append_be32 (out, len);
  append_crc (out, &crc, (const guint8 *) type, 4);
  return crc;
}

static void
append_header (GByteArray *out,
               int         width,
               int         height)
{
  /* 8 bits a sample, RGB, deflate, no filter method beyond PNG's one, not interlaced */
  guint8 header[13] = { width >> 24, width >> 16, width >> 8, width,
                        height >> 24, height >> 16, height >> 8, height, 8, 2, 0, 0, 0 };
  guint32 crc = begin_chunk (out, "IHDR", sizeof header);

  append_crc (out, &crc, header, sizeof header);
  append_be32 (out, crc);
}

/* The one IDAT chunk: the zlib stream of the two halves (a header, the
 * raw deflate data, the Adler-32 of the rows combined from the halves'). */
static void
append_image_data (GByteArray        *out,
                   const DeflatePart  parts[2])
{
  static const guint8 zlib_header[] = { 0x78, 0x5e };  /* deflate, 32K window, level 2–5 */
  guint32 adler = adler32_combine (parts[0].adler, parts[1].adler, parts[1].length);
  guint8 trailer[4] = { adler >> 24, adler >> 16, adler >> 8, adler };
  guint32 crc = begin_chunk (out, "IDAT", sizeof zlib_header + parts[0].out->len +
                                          parts[1].out->len + sizeof trailer);

  append_crc (out, &crc, zlib_header, sizeof zlib_header);
  for (int i = 0; i < 2; i++)
    append_crc (out, &crc, parts[i].out->data, parts[i].out->len);
  append_crc (out, &crc, trailer, sizeof trailer);
  append_be32 (out, crc);
}

/* The PNG file, written here rather than by libpng since it is four
 * pieces: the signature, the header, one IDAT chunk and the end. */
static gboolean
encode_png (cairo_surface_t *surface,
            GByteArray      *out)
{
  static const guint8 signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  HugeArena *arena = arena_of (surface);
  DeflatePart parts[2];
  gboolean ok = deflate_halves (surface, parts);
  gsize data_len = parts[0].out->len + parts[1].out->len + 6;

  /* a figure's pixel rows fit one IDAT chunk (limit 2³¹ − 1 bytes) */
  ok = ok && data_len < G_MAXINT32;
  if (ok)
    {
      /* reserved at once: each time the array grew, new pages would fault */
      g_byte_array_set_size (out, sizeof signature + 25 + data_len + 12 + 12);
      g_byte_array_set_size (out, 0);
      g_byte_array_append (out, signature, sizeof signature);
      append_header (out, cairo_image_surface_get_width (surface),
                     cairo_image_surface_get_height (surface));
      append_image_data (out, parts);
      begin_chunk (out, "IEND", 0);
      append_be32 (out, 0xae426082);  /* the CRC of "IEND" */
    }
  for (int i = 0; i < 2; i++)
    deflate_part_clear (&parts[i], arena);
  return ok;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
render_vector (DlmFormat    format,
               int          width,
               int          height,
               DlmDrawFunc  draw,
               gpointer     data,
               GByteArray  *out)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  if (format == DLM_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (append_bytes, out, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    surface = cairo_pdf_surface_create_for_stream (append_bytes, out, width, height);

  cr = cairo_create (surface);
  draw (cr, width, height, data);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status == CAIRO_STATUS_SUCCESS;
}

/* Renders a figure into the bytes of a PNG, SVG or PDF file. */
GBytes *
dlm_export_to_bytes (DlmFormat     format,
                     int           width,
                     int           height,
                     DlmDrawFunc   draw,
                     gpointer      data,
                     GError      **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gboolean ok;

  g_return_val_if_fail (format != DLM_FORMAT_CSV, NULL);

  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("size: %d×%d is not accepted; accepted: width and height 1 to %d pixels"),
                   width, height, MAX_SIDE);
      return NULL;
    }

  if (format == DLM_FORMAT_PNG)
    {
      cairo_surface_t *surface = render_png_pixels (width, height, draw, data);
      ok = cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS && encode_png (surface, out);
      cairo_surface_destroy (surface);
    }
  else
    ok = render_vector (format, width, height, draw, data, out);

  if (!ok)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_WRITE,
                   _("The figure could not be rendered (%d×%d); try a smaller size"),
                   width, height);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* ---- writing a file ---------------------------------------------------- */

/* The name of a temporary file that exists on disk while it is written,
 * kept for dlm_export_remove_pending(), which a signal handler may call:
 * a fixed buffer and a flag, nothing that allocates. */
static char pending_name[PATH_MAX];
static volatile sig_atomic_t pending_set;

static void
set_pending (const char *name)
{
  pending_set = 0;
  g_strlcpy (pending_name, name != NULL ? name : "", sizeof pending_name);
  pending_set = name != NULL && strlen (name) < sizeof pending_name;
}

/* Async-signal-safe: unlink() only. */
void
dlm_export_remove_pending (void)
{
  if (pending_set)
    unlink (pending_name);
}

static void
on_fatal_signal (int signum)
{
  dlm_export_remove_pending ();
  signal (signum, SIG_DFL);
  raise (signum);
}

/* For a process that writes exports and may be interrupted (the command
 * line): SIGINT and SIGTERM remove the temporary file being written, then
 * end the process as the signal would have. */
void
dlm_export_install_signal_cleanup (void)
{
  struct sigaction action = { 0 };

  action.sa_handler = on_fatal_signal;
  sigemptyset (&action.sa_mask);
  sigaction (SIGINT, &action, NULL);
  sigaction (SIGTERM, &action, NULL);
}


/* SIGINT and SIGTERM held back while a temporary file exists on disk but
 * its name is not yet recorded for the handler above. */
static void
block_fatal_signals (gboolean  block,
                     sigset_t *saved)
{
  sigset_t set;

  if (!block)
    {
      pthread_sigmask (SIG_SETMASK, saved, NULL);
      return;
    }
  sigemptyset (&set);
  sigaddset (&set, SIGINT);
  sigaddset (&set, SIGTERM);
  pthread_sigmask (SIG_BLOCK, &set, saved);
}

/* Where an export to @path goes: a symbolic link is followed to the file
 * it points to, which is replaced while the link stays (the link may be
 * how the user organises files); a link to nothing, a folder, a device or
 * a FIFO is refused with DLM_ERROR_INVALID, before anything is rendered.
 * Messages here and below quote the path but name no option: the command
 * line puts "--export: " before them, the window its own heading. */
char *
dlm_export_resolve_target (const char  *path,
                           GError     **error)
{
  g_autofree char *resolved = NULL;
  g_autofree char *shown = NULL;
  struct stat st;

  g_return_val_if_fail (path != NULL, NULL);

  if (lstat (path, &st) != 0)
    return g_strdup (path);  /* a new file: its folder is checked on writing */

  if (S_ISLNK (st.st_mode))
    {
      char *real = realpath (path, NULL);

      resolved = g_strdup (real);
      free (real);
      if (resolved == NULL || stat (resolved, &st) != 0)
        {
          shown = dlm_quote_path (path);
          g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                       _("“%s” is a symbolic link to nothing; accepted: a link to an existing "
                         "file, or a new file name"), shown);
          return NULL;
        }
    }
  if (S_ISREG (st.st_mode))
    return resolved != NULL ? g_steal_pointer (&resolved) : g_strdup (path);

  shown = dlm_quote_path (resolved != NULL ? resolved : path);
  if (S_ISDIR (st.st_mode))
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("“%s” is a folder; accepted: a file name in it"), shown);
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("“%s” is not a regular file; accepted: a new file name or a regular file "
                   "to replace"), shown);
  return NULL;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         len)
{
  while (len > 0)
    {
      gssize n = write (fd, data, MIN (len, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = EIO;
          return FALSE;
        }
      data += n;
      len -= n;
    }
  return TRUE;
}

/* ".NAME.XXXXXX" beside @target: hidden, and on the same file system, so
 * that rename() can replace the target atomically. */
static char *
temp_template (const char *target)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);

  return g_build_filename (dir, name, NULL);
}

static void
fill_template (char *temp)
{
  static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  char *x = temp + strlen (temp) - 6;

  for (int i = 0; i < 6; i++)
    x[i] = letters[g_random_int_range (0, sizeof letters - 1)];
}

/* Renames the written temporary file over @target; on failure it is
 * removed. errno tells why. */
static gboolean
commit_temp (const char *temp,
             const char *target)
{
  int saved;

  if (rename (temp, target) == 0)
    {
      set_pending (NULL);
      return TRUE;
    }
  saved = errno;
  unlink (temp);
  set_pending (NULL);
  errno = saved;
  return FALSE;
}

/* Gives the unnamed file @fd a temporary name beside @target (linkat()
 * cannot replace a file), recorded as pending; NULL with errno set. */
static char *
link_unnamed (int         fd,
              const char *target)
{
  char proc_path[64];
  g_autofree char *temp = temp_template (target);
  sigset_t saved;
  int status = -1;

  g_snprintf (proc_path, sizeof proc_path, "/proc/self/fd/%d", fd);
  for (int attempt = 0; attempt < 100 && status != 0; attempt++)
    {
      fill_template (temp);
      block_fatal_signals (TRUE, &saved);
      status = linkat (AT_FDCWD, proc_path, AT_FDCWD, temp, AT_SYMLINK_FOLLOW);
      if (status == 0)
        set_pending (temp);
      block_fatal_signals (FALSE, &saved);
      if (status != 0 && errno != EEXIST)
        return NULL;
    }
  return status == 0 ? g_steal_pointer (&temp) : NULL;
}

/* ---- a file written beside its target ----------------------------------- */

struct _DlmExportFile {
  char     *path;    /* as given, for messages */
  char     *target;  /* what it replaces (dlm_export_resolve_target()) */
  char     *temp;    /* its temporary name, once it has one */
  int       fd;
  gboolean  sync;    /* it replaces a file */
};

static void
set_write_error (GError     **error,
                 const char  *path,
                 int          errnum)
{
  /* the name given, never that of the temporary file */
  g_autofree char *shown = dlm_quote_path (path);

  g_set_error (error, DLM_ERROR, DLM_ERROR_WRITE,
               /* Translators: the second %s says why, e.g. “Permission denied” */
               _("“%s” could not be written: %s"), shown, g_strerror (errnum));
}

/* O_TMPFILE: the file has no name while it is written, so a process
 * killed meanwhile leaves nothing. Sets *unsupported when the file system
 * (or kernel) has no O_TMPFILE. errno tells why it failed. */
static gboolean
open_unnamed (DlmExportFile *file,
              gboolean      *unsupported)
{
  g_autofree char *dir = g_path_get_dirname (file->target);

  file->fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (file->fd < 0)
    *unsupported = errno == EOPNOTSUPP || errno == EISDIR || errno == ENOENT;
  return file->fd >= 0;
}

/* Where O_TMPFILE is missing: a named temporary file, removed on every
 * error path and, in the command line, on SIGINT and SIGTERM. */
static gboolean
open_named (DlmExportFile *file)
{
  g_autofree char *temp = temp_template (file->target);
  sigset_t saved;

  block_fatal_signals (TRUE, &saved);
  file->fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0666);
  if (file->fd >= 0)
    {
      set_pending (temp);
      file->temp = g_steal_pointer (&temp);
    }
  block_fatal_signals (FALSE, &saved);
  return file->fd >= 0;
}

/* Begins writing a file that is to replace @path: an open file beside its
 * target (see dlm_export_resolve_target() for symbolic links and files
 * that are not plain files), unnamed where the file system allows, else
 * a hidden temporary file that a fatal signal removes (see
 * dlm_export_install_signal_cleanup(); one such file at a time). Write to
 * dlm_export_file_get_fd(), then dlm_export_file_commit() or
 * dlm_export_file_abandon(). Errors (DLM_ERROR_WRITE, or
 * DLM_ERROR_INVALID for a target that cannot be replaced) name @path. */
DlmExportFile *
dlm_export_file_begin (const char  *path,
                       GError     **error)
{
  g_autoptr(DlmExportFile) file = NULL;
  gboolean unsupported = FALSE;
  char *target;

  g_return_val_if_fail (path != NULL, NULL);

  if ((target = dlm_export_resolve_target (path, error)) == NULL)
    return NULL;
  file = g_new0 (DlmExportFile, 1);
  file->path = g_strdup (path);
  file->target = target;
  file->fd = -1;
  file->sync = g_file_test (target, G_FILE_TEST_EXISTS);
  if (!open_unnamed (file, &unsupported) && (!unsupported || !open_named (file)))
    {
      set_write_error (error, path, errno);
      return NULL;
    }
  return g_steal_pointer (&file);
}

/* The descriptor to write to (seekable; do not close it). */
int
dlm_export_file_get_fd (DlmExportFile *file)
{
  g_return_val_if_fail (file != NULL, -1);

  return file->fd;
}

/* The path given to dlm_export_file_begin(), as messages name it. */
const char *
dlm_export_file_get_path (DlmExportFile *file)
{
  g_return_val_if_fail (file != NULL, NULL);

  return file->path;
}

/* Removes what was written and frees @file; nothing is left on disk. */
void
dlm_export_file_abandon (DlmExportFile *file)
{
  if (file == NULL)
    return;
  if (file->fd >= 0)
    close (file->fd);
  if (file->temp != NULL)
    {
      unlink (file->temp);
      set_pending (NULL);
    }
  g_free (file->path);
  g_free (file->target);
  g_free (file->temp);
  g_free (file);
}

/* Puts the written file in place of its target and frees @file. A file
 * that replaces one is synced first, as g_file_set_contents() does, so a
 * crash leaves the old file or the new one, never an empty one. On
 * failure nothing is left and the error names the path. */
gboolean
dlm_export_file_commit (DlmExportFile  *file,
                        GError        **error)
{
  gboolean ok;
  int saved;

  g_return_val_if_fail (file != NULL, FALSE);

  ok = !file->sync || fsync (file->fd) == 0;
  if (ok && file->temp == NULL)
    ok = (file->temp = link_unnamed (file->fd, file->target)) != NULL;
  saved = errno;
  if (close (file->fd) != 0 && ok)
    {
      ok = FALSE;
      saved = errno;
    }
  file->fd = -1;
  if (ok)
    {
      ok = commit_temp (file->temp, file->target);  /* removes it on failure */
      saved = errno;
      g_clear_pointer (&file->temp, g_free);
    }
  if (!ok)
    set_write_error (error, file->path, saved);
  dlm_export_file_abandon (file);
  return ok;
}

/* Writes @bytes to @path atomically: the file is written beside its target
 * and renamed over it, so a failed or interrupted export never leaves a
 * partial file, and leaves no temporary file where that can be avoided.
 * The new file's mode is that of any new file (0666 less the umask). See
 * dlm_export_resolve_target() for symbolic links and files that are not
 * plain files. */
gboolean
dlm_write_atomically (const char  *path,
                      GBytes      *bytes,
                      GError     **error)
{
  g_autoptr(DlmExportFile) file = NULL;
  gsize len;
  const guint8 *data;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if ((file = dlm_export_file_begin (path, error)) == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  if (!write_all (file->fd, data, len))
    {
      set_write_error (error, path, errno);
      return FALSE;
    }
  return dlm_export_file_commit (g_steal_pointer (&file), error);
}
