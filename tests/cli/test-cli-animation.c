/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE  /* memmem */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "cli-test.h"

/* dlmath --export FILE.gif | FILE.webm end to end: the real binary with no
 * display; every bad value refused with exit 2, a message naming its
 * option and no file; a file that cannot be written, exit 1 and no file;
 * the files read back with ffprobe and ffmpeg (from Debian's ffmpeg, which
 * build-aux/dev installs) for their frames, size, rate, loop and theme. */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

/* The names in @dir, sorted, one a line. */
static char *
listing (const char *dir)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (d);
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (out, "%s\n", (char *) names->pdata[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- refusals -------------------------------------------------------------- */

typedef struct {
  const char *args[14];
  int         status;
  const char *message;   /* all of stderr */
} BadCase;

#define ANIMATED "complex view=lorenz|life, transpose view=flip|vector, dot mode=vector|convolution, " \
                 "matmul view=steps, sampling view=lln|distribution"

static const BadCase bad_cases[] = {
  { { "--topic", "dot", "--export", "x.gif", "--fps", "0" }, 2,
    "dlmath: --fps: 0 is too small; accepted: a number from 1 to 60\n" },
  { { "--topic", "dot", "--export", "x.gif", "--fps", "61" }, 2,
    "dlmath: --fps: 61 is too large; accepted: a number from 1 to 60\n" },
  { { "--topic", "dot", "--export", "x.gif", "--fps", "NaN" }, 2,
    "dlmath: --fps: “NaN” is not a finite number; accepted: a number from 1 to 60\n" },
  { { "--topic", "dot", "--export", "x.webm", "--fps", "ten" }, 2,
    "dlmath: --fps: “ten” is not a number; accepted: a number from 1 to 60\n" },
  { { "--topic", "dot", "--export", "x.webm", "--fps", "" }, 2,
    "dlmath: --fps: no number was given; accepted: a number from 1 to 60\n" },
  { { "--topic", "dot", "--export", "x.gif", "--duration", "0" }, 2,
    "dlmath: --duration: 0 is too small; accepted: a number of seconds from 0.1 to 600\n" },
  { { "--topic", "dot", "--export", "x.gif", "--duration", "-3" }, 2,
    "dlmath: --duration: -3 is too small; accepted: a number of seconds from 0.1 to 600\n" },
  { { "--topic", "dot", "--export", "x.gif", "--duration", "1e9" }, 2,
    "dlmath: --duration: 1e9 is too large; accepted: a number of seconds from 0.1 to 600\n" },
  { { "--topic", "dot", "--export", "x.gif", "--duration", "inf" }, 2,
    "dlmath: --duration: “inf” is not a finite number; accepted: a number of seconds from 0.1 to 600\n" },
  /* sampling's law of large numbers: 8 s at 30 fps, frames 0 to 239 */
  { { "--topic", "sampling", "--export", "x.gif", "--frames", "400:500" }, 2,
    "dlmath: --frames: 400:500 is outside the animation; accepted: frames from 0 to 239 as A:B\n" },
  { { "--topic", "sampling", "--export", "x.gif", "--frames", "240:" }, 2,
    "dlmath: --frames: 240: is outside the animation; accepted: frames from 0 to 239 as A:B\n" },
  { { "--topic", "sampling", "--export", "x.gif", "--frames", ":241" }, 2,
    "dlmath: --frames: :241 is outside the animation; accepted: frames from 0 to 239 as A:B\n" },
  { { "--topic", "sampling", "--export", "x.gif", "--frames", "99999999999999999999:" }, 2,
    "dlmath: --frames: “99999999999999999999:” is outside the animation; accepted: frames from 0 to 239 as A:B\n" },
  { { "--topic", "sampling", "--export", "x.gif", "--frames", "9:9" }, 2,
    "dlmath: --frames: 9:9 holds no frame; accepted: A:B with A < B, frames from 0 to 239\n" },
  { { "--topic", "sampling", "--export", "x.gif", "--frames", "12" }, 2,
    "dlmath: --frames: “12” is not of the form A:B; accepted: frames A to B − 1 counted from 0, up to 239 (:B from the start, A: to the end), e.g. 0:30\n" },
  { { "--topic", "sampling", "--export", "x.gif", "--frames", "-1:5" }, 2,
    "dlmath: --frames: “-1:5” is not of the form A:B; accepted: frames A to B − 1 counted from 0, up to 239 (:B from the start, A: to the end), e.g. 0:30\n" },
  { { "--topic", "sampling", "--export", "x.gif", "--frames", "1:2:3" }, 2,
    "dlmath: --frames: “1:2:3” is not of the form A:B; accepted: frames A to B − 1 counted from 0, up to 239 (:B from the start, A: to the end), e.g. 0:30\n" },
  { { "--topic", "sampling", "--export", "x.gif", "--frames", "0x1:5" }, 2,
    "dlmath: --frames: “0x1:5” is not of the form A:B; accepted: frames A to B − 1 counted from 0, up to 239 (:B from the start, A: to the end), e.g. 0:30\n" },
  { { "--topic", "dot", "--export", "x.gif", "--frames", "0:3", "--duration", "2" }, 2,
    "dlmath: --frames: does not go with --duration; accepted: either --duration S (the whole animation in S seconds) or --frames A:B (some of its frames)\n" },
  { { "--topic", "softmax", "--set", "view=classifier", "--export", "x.gif" }, 2,
    "dlmath: --export: the view “classifier” of softmax has no animation; animated: " ANIMATED "\n" },
  { { "--topic", "dot", "--set", "mode=geometry", "--export", "x.webm" }, 2,
    "dlmath: --export: the view “geometry” of dot has no animation; animated: " ANIMATED "\n" },
  { { "--topic", "dot", "--export", "x.png", "--fps", "10" }, 2,
    "dlmath: --fps: applies to an animation only; accepted with --export FILE.gif or --export FILE.webm\n" },
  { { "--topic", "dot", "--export", "x.csv", "--frames", "0:2" }, 2,
    "dlmath: --frames: applies to an animation only; accepted with --export FILE.gif or --export FILE.webm\n" },
  { { "--topic", "dot", "--summary", "--duration", "3" }, 2,
    "dlmath: --duration: applies to an animation only; accepted with --export FILE.gif or --export FILE.webm\n" },
  { { "--topic", "dot", "--once" }, 2,
    "dlmath: --once: applies to an animation only; accepted with --export FILE.gif or --export FILE.webm\n" },
  { { "--topic", "dot", "--quiz", "--export", "q.pdf", "--fps", "5" }, 2,
    "dlmath: --fps: applies to an animation only; accepted with --export FILE.gif or --export FILE.webm\n" },
  { { "--topic", "dot", "--export", "x.webm", "--once" }, 2,
    "dlmath: --once: applies to an animated GIF only (a WebM video plays once); accepted with --export FILE.gif\n" },
  { { "--topic", "dot", "--export", "x.gif", "--size", "8000x100" }, 2,
    "dlmath: --size: “8000x100” does not fit an animation; accepted: WIDTHxHEIGHT from 16x16 to 3840x2160 pixels\n" },
  { { "--topic", "dot", "--export", "x.webm", "--size", "15x400" }, 2,
    "dlmath: --size: “15x400” does not fit an animation; accepted: WIDTHxHEIGHT from 16x16 to 3840x2160 pixels\n" },
  { { "--topic", "dot", "--export", "folder.gif" }, 2,
    "dlmath: --export: “folder.gif” is a folder; accepted: a file name in it\n" },
  { { "--topic", "dot", "--export", "x.bmp" }, 2,
    "dlmath: --export: “x.bmp” has no known extension; accepted: .png, .svg, .pdf, .csv, .py, .ipynb, .gif, .webm\n" },
  /* a file that cannot be written: exit 1 */
  { { "--topic", "dot", "--export", "missing/x.gif" }, 1,
    "dlmath: --export: “missing/x.gif” could not be written: No such file or directory\n" },
  { { "--topic", "transpose", "--export", "plain/x.webm" }, 1,
    "dlmath: --export: “plain/x.webm” could not be written: Not a directory\n" },
};

static void
test_refusals (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *c = &bad_cases[i];
      g_autofree char *dir = cli_temp_dir ("dlm-cli-anim");
      g_autofree char *folder = g_build_filename (dir, "folder.gif", NULL);
      g_autofree char *plain = g_build_filename (dir, "plain", NULL);
      g_autofree char *before = NULL, *after = NULL;
      CliRun run;

      g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
      g_assert_true (g_file_set_contents (plain, "a file", -1, NULL));
      before = listing (dir);
      run = cli_run_argv (dir, NULL, c->args);
      after = listing (dir);
      g_test_message ("%s %s %s %s", c->args[0], c->args[1], c->args[2], c->args[3]);
      g_assert_cmpstr (run.err, ==, c->message);
      g_assert_cmpint (run.status, ==, c->status);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (after, ==, before);
      cli_run_clear (&run);
      cli_remove_dir (dir);
    }
}

/* ---- the files read back ---------------------------------------------------- */

/* ffprobe's "key=value" lines of the first video stream, frames counted. */
static GHashTable *
probe (const char *path)
{
  const char *ffprobe = g_getenv ("FFPROBE");
  const char *argv[] = { ffprobe, "-v", "error", "-count_frames", "-select_streams", "v:0",
                         "-show_entries", "stream=codec_name,width,height,r_frame_rate,nb_read_frames",
                         "-of", "default=noprint_wrappers=1", path, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *eq = strchr (lines[i], '=');

      if (eq != NULL)
        g_hash_table_insert (table, g_strndup (lines[i], eq - lines[i]), g_strdup (eq + 1));
    }
  return table;
}

typedef struct {
  const char *args[16];
  const char *file;
  const char *codec;
  const char *width;
  const char *height;
  const char *rate;      /* NULL: not checked */
  const char *frames;
} FileCase;

static const FileCase file_cases[] = {
  { { "--topic", "sampling", "--export", "lln.gif", "--fps", "10", "--frames", "0:5", "--size", "320x180" },
    "lln.gif", "gif", "320", "180", "10/1", "5" },
  /* the flip's natural 2 s */
  { { "--topic", "transpose", "--export", "flip.webm", "--fps", "12", "--size", "322x181" },
    "flip.webm", "vp8", "322", "181", "12/1", "24" },
  /* dot's five pairs, a second each */
  { { "--topic", "dot", "--export", "dot.gif", "--fps", "4", "--size", "160x90" },
    "dot.gif", "gif", "160", "90", "4/1", "20" },
  { { "--topic", "matmul", "--export", "C.WEBM", "--duration", "1.5", "--fps", "10", "--size", "200x100" },
    "C.WEBM", "vp8", "200", "100", "10/1", "15" },
  /* the last 10 of 12 s × 5 fps of the Lorenz run; the last frame alone */
  { { "--topic", "complex", "--set", "view=lorenz", "--set", "t-end=5", "--export", "l.gif", "--fps", "5",
      "--frames", "50:", "--size", "240x135" },
    "l.gif", "gif", "240", "135", "5/1", "10" },
  { { "--topic", "complex", "--set", "view=life", "--export", "life.gif", "--fps", "5", "--frames", ":1",
      "--size", "100x100", "--once" },
    "life.gif", "gif", "100", "100", NULL, "1" },
};

static void
test_files (void)
{
  if (g_getenv ("FFPROBE") == NULL)
    {
      g_test_skip ("no ffprobe (Debian's ffmpeg package)");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (file_cases); i++)
    {
      const FileCase *c = &file_cases[i];
      g_autofree char *dir = cli_temp_dir ("dlm-cli-anim");
      g_autofree char *path = g_build_filename (dir, c->file, NULL);
      g_autofree char *expected = g_strdup_printf ("%s\n", c->file);
      g_autofree char *after = NULL;
      g_autoptr(GHashTable) stream = NULL;
      CliRun run = cli_run_argv (dir, NULL, c->args);

      g_test_message ("%s", c->file);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);
      after = listing (dir);
      g_assert_cmpstr (after, ==, expected);
      stream = probe (path);
      g_assert_cmpstr (g_hash_table_lookup (stream, "codec_name"), ==, c->codec);
      g_assert_cmpstr (g_hash_table_lookup (stream, "width"), ==, c->width);
      g_assert_cmpstr (g_hash_table_lookup (stream, "height"), ==, c->height);
      /* a single GIF frame's rate shows as its delay: 100/20 */
      if (c->rate != NULL)
        g_assert_cmpstr (g_hash_table_lookup (stream, "r_frame_rate"), ==, c->rate);
      g_assert_cmpstr (g_hash_table_lookup (stream, "nb_read_frames"), ==, c->frames);
      cli_run_clear (&run);
      cli_remove_dir (dir);
    }
}

/* A GIF loops (the NETSCAPE2.0 block) unless --once. */
static void
test_loop (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-cli-anim");
  g_autofree char *loop = g_build_filename (dir, "loop.gif", NULL);
  g_autofree char *once = g_build_filename (dir, "once.gif", NULL);
  const char *loop_args[] = { "--topic", "transpose", "--fps", "2", "--size", "64x48", "--export", "loop.gif", NULL };
  const char *once_args[] = { "--topic", "transpose", "--fps", "2", "--size", "64x48", "--export", "once.gif",
                              "--once", NULL };
  g_autofree char *loop_bytes = NULL, *once_bytes = NULL;
  gsize loop_len, once_len;
  CliRun run;

  run = cli_run_argv (dir, NULL, loop_args);
  g_assert_cmpint (run.status, ==, 0);
  cli_run_clear (&run);
  run = cli_run_argv (dir, NULL, once_args);
  g_assert_cmpint (run.status, ==, 0);
  cli_run_clear (&run);
  g_assert_true (g_file_get_contents (loop, &loop_bytes, &loop_len, NULL));
  g_assert_true (g_file_get_contents (once, &once_bytes, &once_len, NULL));
  g_assert_nonnull (memmem (loop_bytes, loop_len, "NETSCAPE2.0", 11));
  g_assert_null (memmem (once_bytes, once_len, "NETSCAPE2.0", 11));
  cli_remove_dir (dir);
}

/* The first frame's top-left pixel, decoded by ffmpeg. */
static guint32
corner_pixel (const char *dir,
              const char *file)
{
  g_autofree char *in = g_build_filename (dir, file, NULL);
  g_autofree char *png = g_build_filename (dir, "first.png", NULL);
  const char *argv[] = { g_getenv ("FFMPEG"), "-v", "error", "-y", "-i", in, "-frames:v", "1", png, NULL };
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  guint32 pixel;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  pixel = *(guint32 *) cairo_image_surface_get_data (surface) & 0xffffff;
  cairo_surface_destroy (surface);
  g_unlink (png);
  return pixel;
}

/* --theme shapes the frames as it shapes a still: the figure's own
 * background, white in the light theme, dark in the dark one. */
static void
test_theme (void)
{
  g_autofree char *dir = NULL;
  const char *light[] = { "--topic", "dot", "--fps", "1", "--size", "80x60", "--export", "light.gif", NULL };
  const char *dark[] = { "--topic", "dot", "--fps", "1", "--size", "80x60", "--theme", "dark",
                         "--scale", "2", "--export", "dark.gif", NULL };
  guint32 pixel;
  CliRun run;

  if (g_getenv ("FFMPEG") == NULL)
    {
      g_test_skip ("no ffmpeg");
      return;
    }
  dir = cli_temp_dir ("dlm-cli-anim");
  run = cli_run_argv (dir, NULL, light);
  g_assert_cmpint (run.status, ==, 0);
  cli_run_clear (&run);
  run = cli_run_argv (dir, NULL, dark);
  g_assert_cmpint (run.status, ==, 0);
  cli_run_clear (&run);
  pixel = corner_pixel (dir, "light.gif");
  g_assert_cmpuint ((pixel >> 16) & 0xff, >, 0xe0);
  g_assert_cmpuint (pixel & 0xff, >, 0xe0);
  pixel = corner_pixel (dir, "dark.gif");
  g_assert_cmpuint ((pixel >> 16) & 0xff, <, 0x40);
  g_assert_cmpuint (pixel & 0xff, <, 0x50);
  cli_remove_dir (dir);
}

/* --help lists the options of an animation. */
static void
test_help (void)
{
  const char *args[] = { "--help", NULL };
  CliRun run = cli_run_argv (NULL, NULL, args);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--fps=N"));
  g_assert_nonnull (strstr (run.out, "--duration=S"));
  g_assert_nonnull (strstr (run.out, "--frames=A:B"));
  g_assert_nonnull (strstr (run.out, "--once"));
  g_assert_nonnull (strstr (run.out, ".gif .webm"));
  cli_run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-animation/refusals", test_refusals);
  g_test_add_func ("/cli-animation/files", test_files);
  g_test_add_func ("/cli-animation/loop", test_loop);
  g_test_add_func ("/cli-animation/theme", test_theme);
  g_test_add_func ("/cli-animation/help", test_help);

  return g_test_run ();
}
