/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <jpeglib.h>
#include <zlib.h>

#include "hostile.h"

/* Files given where a PNG or JPEG is asked for (the datatypes topic's
 * image=), built here byte by byte: what is not a file, header bombs,
 * other types under a .png name and cut-short images are refused naming
 * image and the file; PNGs and JPEGs of every colour type and depth are
 * drawn. Each run of the binary must end within 2 s and 200 MB (the
 * sanitizers: 10 s, memory unmeasured, their shadow memory is huge). */

/* ---- PNG, written with zlib ---------------------------------------------- */

static void
append_chunk (GByteArray   *png,
              const char   *type,
              const guint8 *data,
              guint32       length)
{
  guint32 be = GUINT32_TO_BE (length);
  /* crc32 (c, NULL, 0) is 0, not c: an empty chunk passes "" */
  guint32 crc = crc32 (crc32 (0, (const Bytef *) type, 4), data, length);

  g_byte_array_append (png, (const guint8 *) &be, 4);
  g_byte_array_append (png, (const guint8 *) type, 4);
  g_byte_array_append (png, data, length);
  crc = GUINT32_TO_BE (crc);
  g_byte_array_append (png, (const guint8 *) &crc, 4);
}

static void
append_ihdr (GByteArray *png,
             guint32     width,
             guint32     height,
             guint8      depth,
             guint8      colour)
{
  guint8 ihdr[13] = { 0 };
  guint32 w = GUINT32_TO_BE (width), h = GUINT32_TO_BE (height);

  memcpy (ihdr, &w, 4);
  memcpy (ihdr + 4, &h, 4);
  ihdr[8] = depth;
  ihdr[9] = colour;
  append_chunk (png, "IHDR", ihdr, sizeof ihdr);
}

/* A @width × @height PNG of @channels samples of @depth bits per pixel,
 * a gradient, with @palette (RGB triples) for colour type 3. */
static GByteArray *
make_png (guint         width,
          guint         height,
          guint8        depth,
          guint8        colour,
          guint         channels,
          const guint8 *palette,
          guint         palette_size)
{
  static const guint8 signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  gsize row = 1 + width * channels * depth / 8;
  g_autofree guint8 *raw = g_malloc0 (row * height);
  uLongf packed_size = compressBound (row * height);
  g_autofree guint8 *packed = g_malloc (packed_size);
  GByteArray *png = g_byte_array_new ();

  g_autoptr(GRand) noise = g_rand_new_with_seed (width * 31 + colour);

  /* noise, which compresses badly: half of the file is half of the pixels,
   * and a decoder alone would draw the missing half as a flat band */
  for (guint y = 0; y < height; y++)
    for (gsize i = 1; i < row; i++)
      raw[y * row + i] = (guint8) (colour == 3 ? g_rand_int_range (noise, 0, palette_size)
                                              : g_rand_int_range (noise, 0, 256));
  g_assert_cmpint (compress (packed, &packed_size, raw, row * height), ==, Z_OK);
  g_byte_array_append (png, signature, sizeof signature);
  append_ihdr (png, width, height, depth, colour);
  if (palette != NULL)
    append_chunk (png, "PLTE", palette, palette_size * 3);
  append_chunk (png, "IDAT", packed, packed_size);
  append_chunk (png, "IEND", (const guint8 *) "", 0);
  return png;
}

/* A signature, an IHDR claiming @side × @side RGB pixels and IEND. */
static GByteArray *
make_png_bomb (guint32 side)
{
  static const guint8 signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  GByteArray *png = g_byte_array_new ();

  g_byte_array_append (png, signature, sizeof signature);
  append_ihdr (png, side, side, 8, 2);
  append_chunk (png, "IEND", (const guint8 *) "", 0);
  return png;
}

/* ---- JPEG, written with libjpeg ------------------------------------------ */

static GByteArray *
make_jpeg (guint         width,
           guint         height,
           J_COLOR_SPACE space,
           int           components)
{
  struct jpeg_compress_struct c;
  struct jpeg_error_mgr jerr;
  unsigned char *out = NULL;
  unsigned long size = 0;
  g_autofree guint8 *row = g_malloc (width * components);
  GByteArray *jpeg;

  c.err = jpeg_std_error (&jerr);
  jpeg_create_compress (&c);
  jpeg_mem_dest (&c, &out, &size);
  c.image_width = width;
  c.image_height = height;
  c.input_components = components;
  c.in_color_space = space;
  jpeg_set_defaults (&c);
  jpeg_start_compress (&c, TRUE);
  while (c.next_scanline < height)
    {
      JSAMPROW rows[1] = { row };

      for (guint i = 0; i < width * components; i++)
        row[i] = (guint8) (i * 5 + c.next_scanline * 11);
      jpeg_write_scanlines (&c, rows, 1);
    }
  jpeg_finish_compress (&c);
  jpeg_destroy_compress (&c);
  jpeg = g_byte_array_new ();
  g_byte_array_append (jpeg, out, size);
  free (out);
  return jpeg;
}

/* ---- other formats' first bytes ------------------------------------------ */

static const char svg[] = "<svg xmlns='http://www.w3.org/2000/svg' width='8' height='8'/>";
/* a 1 × 1 little-endian TIFF's header and first directory */
static const guint8 tiff[] = {
  'I', 'I', 42, 0, 8, 0, 0, 0, 3, 0, 0x00, 0x01, 3, 0, 1, 0, 0, 0, 1, 0, 0, 0,
  0x01, 0x01, 3, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0x11, 0x01, 4, 0, 1, 0, 0, 0, 50, 0, 0, 0, 0, 0, 0, 0, 0
};
/* a 1 × 1 GIF */
static const guint8 gif[] = {
  'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 255, 255, 255,
  ',', 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, ';'
};
/* a 1 × 1 24-bit BMP */
static const guint8 bmp[] = {
  'B', 'M', 58, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0,
  24, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0x13, 0x0b, 0, 0, 0x13, 0x0b, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 255, 0
};
/* SOI and a baseline frame header claiming 65500 × 65500 pixels, three
 * components, then EOI */
static const guint8 jpeg_bomb[] = {
  0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0xff, 0xdc, 0xff, 0xdc, 0x03,
  0x01, 0x11, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9
};

/* ---- the cases ----------------------------------------------------------- */

typedef struct {
  char       *name;      /* the file's name in the case directory, or a path */
  GByteArray *bytes;     /* its contents, NULL for a special file */
  gboolean    valid;
  const char *needle;    /* what a refusal says, or NULL */
  const char *stdin_path;
} ImageCase;

static ImageCase *
add_case (GPtrArray  *cases,
          const char *name,
          GByteArray *bytes,
          gboolean    valid)
{
  ImageCase *c = g_new0 (ImageCase, 1);

  c->name = g_strdup (name);
  c->bytes = bytes;
  c->valid = valid;
  g_ptr_array_add (cases, c);
  return c;
}

static GByteArray *
bytes_of (const void *data,
          gsize       size)
{
  return g_byte_array_append (g_byte_array_new (), data, size);
}

/* The first @fraction of @whole. */
static GByteArray *
cut (GByteArray *whole,
     double      fraction)
{
  GByteArray *part = bytes_of (whole->data, (gsize) (whole->len * fraction));

  g_byte_array_unref (whole);
  return part;
}

static GPtrArray *
image_cases (void)
{
  static const guint8 palette[] = { 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255 };
  GPtrArray *cases = g_ptr_array_new ();

  add_case (cases, "rgb16.png", make_png (24, 16, 16, 2, 3, NULL, 0), TRUE);
  add_case (cases, "grey16.png", make_png (24, 16, 16, 0, 1, NULL, 0), TRUE);
  add_case (cases, "palette.png", make_png (24, 16, 8, 3, 1, palette, 4), TRUE);
  add_case (cases, "grey-alpha.png", make_png (24, 16, 8, 4, 2, NULL, 0), TRUE);
  add_case (cases, "rgba.png", make_png (24, 16, 8, 6, 4, NULL, 0), TRUE);
  add_case (cases, "grey.jpg", make_jpeg (24, 16, JCS_GRAYSCALE, 1), TRUE);
  add_case (cases, "cmyk.jpg", make_jpeg (24, 16, JCS_CMYK, 4), TRUE);
  add_case (cases, "rgb.jpg", make_jpeg (24, 16, JCS_RGB, 3), TRUE);
  add_case (cases, "bomb.png", make_png_bomb (30000), FALSE)->needle = "is 30000 × 30000 pixels; accepted: at most 4096 × 4096 pixels";
  add_case (cases, "bomb.jpg", bytes_of (jpeg_bomb, sizeof jpeg_bomb), FALSE)->needle = "is 65500 × 65500 pixels";
  add_case (cases, "drawing.png", bytes_of (svg, sizeof svg - 1), FALSE)->needle = "is not a PNG or JPEG image";
  add_case (cases, "tiff.png", bytes_of (tiff, sizeof tiff), FALSE)->needle = "is not a PNG or JPEG image";
  add_case (cases, "gif.png", bytes_of (gif, sizeof gif), FALSE)->needle = "is not a PNG or JPEG image";
  add_case (cases, "bmp.png", bytes_of (bmp, sizeof bmp), FALSE)->needle = "is not a PNG or JPEG image";
  add_case (cases, "empty.png", g_byte_array_new (), FALSE);
  add_case (cases, "cut.png", cut (make_png (64, 64, 8, 2, 3, NULL, 0), 0.5), FALSE)->needle = "is cut short";
  add_case (cases, "cut.jpg", cut (make_jpeg (64, 64, JCS_RGB, 3), 0.5), FALSE)->needle = "is cut short";
  /* special files: made by prepare() */
  add_case (cases, "fifo.png", NULL, FALSE)->needle = "is not a regular file";
  add_case (cases, "zero.png", NULL, FALSE)->needle = "is not a regular file";
  add_case (cases, "folder.png", NULL, FALSE)->needle = "is not a regular file";
  add_case (cases, "/dev/zero", NULL, FALSE)->needle = "is not a regular file";
  add_case (cases, "/dev/urandom", NULL, FALSE)->needle = "is not a regular file";
  add_case (cases, "/dev/stdin", NULL, FALSE);
  ((ImageCase *) cases->pdata[cases->len - 1])->stdin_path = "/dev/zero";
  return cases;
}

static void
image_case_free (ImageCase *c)
{
  g_free (c->name);
  g_clear_pointer (&c->bytes, g_byte_array_unref);
  g_free (c);
}

/* Writes @c's file into @dir, or makes the special file it names. */
static void
prepare (const ImageCase *c,
         const char      *dir)
{
  g_autofree char *path = g_build_filename (dir, c->name, NULL);

  if (c->bytes != NULL)
    g_assert_true (g_file_set_contents (path, (const char *) c->bytes->data, c->bytes->len, NULL));
  else if (g_str_equal (c->name, "fifo.png"))
    g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  else if (g_str_equal (c->name, "zero.png"))
    g_assert_cmpint (symlink ("/dev/zero", path), ==, 0);
  else if (g_str_equal (c->name, "folder.png"))
    g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
}

/* Cases that fail until a fix elsewhere lands, as "image: NAME"; empty it
 * as they pass. */
static const HostileKnown known_failures[] = {
};

static char *
judge (const ImageCase  *c,
       const HostileRun *run,
       const char       *before,
       const char       *after)
{
  g_autofree char *base = g_path_get_basename (c->name);
  g_autofree char *bad = NULL, *quoted = NULL;
  double limit_s = hostile_sanitized () ? 10 : 2;

  if (run->killed)
    return g_strdup ("killed after its deadline");
  if (run->wall_us > limit_s * G_USEC_PER_SEC)
    return g_strdup_printf ("took %.2f s", run->wall_us / 1e6);
  if (!hostile_sanitized () && run->maxrss_kb > 200 * 1024)
    return g_strdup_printf ("took %ld MB", run->maxrss_kb / 1024);
  if (c->valid)
    return run->status != 0 ? g_strdup_printf ("exit %d", run->status)
           : *run->err != '\0' ? g_strdup ("exit 0 with stderr")
           : strlen (after) != strlen (before) + strlen ("out.png\n") ? g_strdup ("no figure written")
           : NULL;
  if (run->status != 2)
    return g_strdup_printf ("exit %d, not 2", run->status);
  if ((bad = hostile_check_message (run->err, "image")) != NULL)
    return g_steal_pointer (&bad);
  if (strstr (run->err, base) == NULL)
    return g_strdup_printf ("stderr does not name %s", base);
  quoted = g_strdup_printf ("%s” %s", base, c->needle != NULL ? c->needle : "");
  if (c->needle != NULL && strstr (run->err, quoted) == NULL)
    return g_strdup_printf ("stderr does not say “…%s”", quoted);
  if (*run->out != '\0')
    return g_strdup ("refused, with output on stdout");
  /* the one line of the refusal, nothing else */
  if (strchr (run->err, '\n') != run->err + strlen (run->err) - 1)
    return g_strdup ("stderr is not one line");
  if (g_strcmp0 (before, after) != 0)
    return g_strdup ("files left behind");
  return NULL;
}

static void
run_case (gpointer data,
          gpointer user_data)
{
  ImageCase *c = data;
  g_autofree char *dir = hostile_temp_dir ();
  g_autofree char *path = g_path_is_absolute (c->name) ? g_strdup (c->name)
                                                       : g_build_filename (dir, c->name, NULL);
  g_autofree char *set = g_strconcat ("image=", path, NULL);
  g_autofree char *out = g_build_filename (dir, "out.png", NULL);
  const char *args[] = { "--topic", "datatypes", "--set", set, "--set", "view=channels",
                         "--size", "480x320", "--export", out, NULL };
  HostileSpawn how = { .stdin_path = c->stdin_path, .deadline_s = 30 };
  g_autofree char *before = NULL, *after = NULL, *problem = NULL;
  g_autoptr(HostileRun) run = NULL;

  prepare (c, dir);
  run = hostile_run_listed (&how, args, dir, &before, &after);
  g_test_message ("%s: exit %d, %.2f s, %ld MB", c->name, run->status, run->wall_us / 1e6,
                  run->maxrss_kb / 1024);
  if ((problem = judge (c, run, before, after)) != NULL)
    {
      g_autofree char *id = g_strconcat ("image: ", c->name, NULL);

      hostile_failures_add_run (user_data, id, problem, run);
    }
  hostile_remove_dir (dir);
  image_case_free (c);
}

static void
test_images (void)
{
  HostileFailures *failures = hostile_failures_new (known_failures, G_N_ELEMENTS (known_failures));
  /* two at a time: the time and memory bounds are for one process */
  GThreadPool *pool = g_thread_pool_new (run_case, failures, 2, TRUE, NULL);
  g_autoptr(GPtrArray) cases = image_cases ();

  for (guint i = 0; i < cases->len; i++)
    g_thread_pool_push (pool, cases->pdata[i], NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
  hostile_failures_check (failures);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hostile/images", test_images);
  return g_test_run ();
}
