/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <pango/pango.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "dlm-topic-registry.h"

#include "cli-test.h"

/* dlmath --deck and --handout end to end: the real binary writes the
 * PDFs, poppler-utils reads them back (pdfinfo: pages, size, metadata;
 * pdftotext: the words; pdftohtml -xml: the outline). The numbers the
 * files must hold are computed here from the topic models. */

#define RUN(...) cli_run_argv (NULL, NULL, (const char *const[]) { __VA_ARGS__, NULL })

/* Runs dlmath and expects it to succeed quietly. */
static void
run_ok (const char *const *args)
{
  CliRun run = cli_run_argv (NULL, NULL, args);

  if (run.status != 0 || *run.err != '\0')
    g_error ("dlmath %s: status %d, stderr: %s", args[0], run.status, run.err);
  cli_run_clear (&run);
}

#define RUN_OK(...) run_ok ((const char *const[]) { __VA_ARGS__, NULL })

static char *
tool (const char *variable,
      const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_ptr_array_add (argv, (char *) g_getenv (variable));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

#define TOOL(variable, ...) tool (variable, (const char *const[]) { __VA_ARGS__, NULL })

/* Whitespace as one space: pdftotext breaks lines where the PDF does. */
static char *
squeeze (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *squeezed = g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);

  return g_strstrip (g_strdup (squeezed));
}

/* @text with its whitespace taken out, in place. */
static char *
without_space (char *text)
{
  char *to = text;

  for (const char *from = text; *from != '\0'; from++)
    if (!g_ascii_isspace (*from))
      *to++ = *from;
  *to = '\0';
  return text;
}

static gboolean
have_poppler (void)
{
  if (g_getenv ("PDFINFO") != NULL && g_getenv ("PDFTOTEXT") != NULL &&
      g_getenv ("PDFTOHTML") != NULL)
    return TRUE;
  g_test_skip ("pdfinfo, pdftotext and pdftohtml (poppler-utils) are needed");
  return FALSE;
}

/* The slides presentation mode shows for these topics: each topic's
 * views that it accepts with its defaults. */
static guint
count_slides (const char *const *ids)
{
  guint n = 0;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(DlmTopic) topic = dlm_topic_registry_new (ids[i]);
      const char *param = DLM_TOPIC_GET_CLASS (topic)->slides_param;
      g_auto(GStrv) views = dlm_topic_list_slides (topic);

      for (guint j = 0; views[j] != NULL; j++)
        if (dlm_topic_set_param (topic, param, views[j], NULL))
          n++;
    }
  return n;
}

static GStrv
all_ids (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[i] (), NULL);

      g_strv_builder_add (builder, dlm_topic_get_id (topic));
    }
  return g_strv_builder_end (builder);
}

static guint
pdf_pages (const char *info)
{
  g_autoptr(GRegex) pages = g_regex_new ("^Pages: +([0-9]+)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *count = NULL;

  g_assert_true (g_regex_match (pages, info, 0, &match));
  count = g_match_info_fetch (match, 1);
  return (guint) atoi (count);
}

static gboolean
same_file (const char *a,
           const char *b)
{
  g_autofree char *first = NULL, *second = NULL;
  gsize first_len, second_len;

  g_assert_true (g_file_get_contents (a, &first, &first_len, NULL));
  g_assert_true (g_file_get_contents (b, &second, &second_len, NULL));
  return first_len == second_len && memcmp (first, second, first_len) == 0;
}

/* A formula as text, its markup dropped. */
static char *
plain (const char *markup)
{
  char *text = NULL;

  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL));
  return text;
}

/* The first slide of @ids whose formula is on one baseline (no sub- or
 * superscripts, which pdftotext puts elsewhere): its text. */
static char *
flat_formula (const char *const *ids)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(DlmTopic) topic = dlm_topic_registry_new (ids[i]);
      const char *param = DLM_TOPIC_GET_CLASS (topic)->slides_param;
      g_auto(GStrv) views = dlm_topic_list_slides (topic);

      for (guint j = 0; views[j] != NULL; j++)
        {
          g_autofree char *formula = NULL;

          if (!dlm_topic_set_param (topic, param, views[j], NULL))
            continue;
          formula = dlm_topic_get_formula (topic);
          if (formula != NULL && strstr (formula, "<su") == NULL && strlen (formula) > 8)
            {
              g_autofree char *text = plain (formula);

              return squeeze (text);
            }
        }
    }
  g_assert_not_reached ();
}

/* The whole course as a deck: a title page and one page per slide,
 * 16:9, each topic's title, a formula, page numbers, the metadata, and
 * an outline entry per topic with its views under it. */
static void
test_deck_all (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-lesson");
  g_autofree char *path = g_build_filename (dir, "lesson.pdf", NULL);
  g_autofree char *again = g_build_filename (dir, "again.pdf", NULL);
  g_auto(GStrv) ids = all_ids ();
  g_autofree char *info = NULL, *text = NULL, *squeezed = NULL, *outline = NULL;
  g_autofree char *formula = flat_formula ((const char *const *) ids);
  g_autofree char *last = NULL;
  guint n_slides = count_slides ((const char *const *) ids);

  if (!have_poppler ())
    return cli_remove_dir (dir);

  RUN_OK ("--deck", path);
  info = TOOL ("PDFINFO", path);
  g_assert_cmpuint (pdf_pages (info), ==, 1 + n_slides);
  g_assert_nonnull (strstr (info, "Page size:       1440 x 810 pts"));
  g_assert_nonnull (strstr (info, "Title:           The math under deep learning\n"));
  g_assert_nonnull (strstr (info, "Creator:         DL Math Explorer\n"));
  g_assert_null (strstr (info, "CreationDate"));

  text = TOOL ("PDFTOTEXT", path, "-");
  squeezed = squeeze (text);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(DlmTopic) topic = dlm_topic_registry_new (ids[i]);

      g_assert_nonnull (strstr (squeezed, dlm_topic_get_title (topic)));
    }
  g_test_message ("formula: %s", formula);
  g_assert_nonnull (strstr (squeezed, formula));
  last = g_strdup_printf ("%u / %u", 1 + n_slides, 1 + n_slides);
  g_assert_nonnull (strstr (squeezed, "1 / "));
  g_assert_nonnull (strstr (squeezed, last));

  outline = TOOL ("PDFTOHTML", "-xml", "-i", "-stdout", "-q", path);
  g_assert_nonnull (strstr (outline, "<item page=\"2\">Complicated vs complex</item>"));
  g_assert_nonnull (strstr (outline, "<item page=\"2\">Complicated: spectral view</item>"));
  g_assert_nonnull (strstr (outline, ">Reproducible randomness</item>"));

  /* the same options, the same bytes */
  RUN_OK ("--deck", again);
  g_assert_true (same_file (path, again));
  cli_remove_dir (dir);
}

/* The outline's entries in @xml as "page:text" lines, in order, nested
 * entries indented with two spaces. */
static char *
outline_lines (const char *xml)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GRegex) token = g_regex_new ("<outline>|</outline>|<item page=\"([0-9]+)\">([^<]*)</item>",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  int depth = 0;

  g_regex_match (token, xml, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *all = g_match_info_fetch (match, 0);
      g_autofree char *page = NULL, *name = NULL;

      if (g_str_equal (all, "<outline>"))
        depth++;
      else if (g_str_equal (all, "</outline>"))
        depth--;
      else
        {
          page = g_match_info_fetch (match, 1);
          name = g_match_info_fetch (match, 2);
          g_string_append_printf (out, "%*s%s:%s\n", 2 * (depth - 1), "", page, name);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Two topics in the order --topics gives, another size and theme. */
static void
test_deck_topics (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-lesson");
  g_autofree char *path = g_build_filename (dir, "two.pdf", NULL);
  g_autofree char *info = NULL, *xml = NULL, *outline = NULL, *text = NULL;
  const char *const ids[] = { "entropy", "softmax", NULL };

  if (!have_poppler ())
    return cli_remove_dir (dir);

  RUN_OK ("--deck", path, "--topics", "entropy, softmax", "--theme", "projector",
          "--size", "1280x720");
  info = TOOL ("PDFINFO", path);
  g_assert_cmpuint (pdf_pages (info), ==, 1 + count_slides (ids));
  g_assert_nonnull (strstr (info, "Page size:       960 x 540 pts"));
  xml = TOOL ("PDFTOHTML", "-xml", "-i", "-stdout", "-q", path);
  outline = outline_lines (xml);
  g_assert_cmpstr (outline, ==,
                   "2:Entropy and cross-entropy\n"
                   "  2:Binary entropy\n"
                   "  3:Distribution\n"
                   "  4:Cross-entropy\n"
                   "5:Softmax\n"
                   "  5:Bars\n"
                   "  6:Classifier\n"
                   "  7:Stability\n");
  text = TOOL ("PDFTOTEXT", "-f", "5", "-l", "5", path, "-");
  g_assert_nonnull (strstr (text, "Softmax"));
  /* pdftotext may take the small type's spaces out: "5/7" */
  g_assert_nonnull (strstr (without_space (text), "5/7"));
  cli_remove_dir (dir);
}

/* The quiz of @topic for @seed as text: its answer lines "a) …". */
static GPtrArray *
quiz_answers (const char *topic,
              const char *seed)
{
  CliRun run = RUN ("--topic", topic, "--quiz", "--seed", seed, "--export", "-");
  g_auto(GStrv) parts = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) numbered = g_regex_new ("^[1-9]\\. ", 0, 0, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpint (run.status, ==, 0);
  parts = g_strsplit (run.out, "\f", -1);
  lines = g_strsplit (parts[1], "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_regex_match (numbered, lines[i], 0, NULL))
      g_ptr_array_add (found, squeeze (lines[i] + 3));
  cli_run_clear (&run);
  return found;
}

/* The handout: A4 by default, Letter on request; topics, formulas,
 * questions, and after the heading "Answers" each right answer of the
 * quiz the same seed prints. */
static void
test_handout (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-lesson");
  g_autofree char *a4 = g_build_filename (dir, "a4.pdf", NULL);
  g_autofree char *again = g_build_filename (dir, "again.pdf", NULL);
  g_autofree char *letter = g_build_filename (dir, "letter.pdf", NULL);
  g_autofree char *info = NULL, *text = NULL, *squeezed = NULL, *xml = NULL, *outline = NULL;
  g_autoptr(GPtrArray) softmax = quiz_answers ("softmax", "7");
  g_autoptr(GPtrArray) dot = quiz_answers ("dot", "7");
  const char *answers;

  if (!have_poppler ())
    return cli_remove_dir (dir);

  RUN_OK ("--handout", a4, "--topics", "softmax,dot", "--seed", "7");
  info = TOOL ("PDFINFO", a4);
  g_assert_nonnull (strstr (info, "Page size:       595 x 842 pts (A4)"));
  g_assert_nonnull (strstr (info, "Creator:         DL Math Explorer\n"));
  text = TOOL ("PDFTOTEXT", a4, "-");
  squeezed = squeeze (text);
  g_assert_nonnull (strstr (squeezed, "Softmax"));
  g_assert_nonnull (strstr (squeezed, "Dot product"));
  g_assert_nonnull (strstr (squeezed, "Quiz"));
  g_assert_nonnull (strstr (squeezed, "--seed 7"));
  answers = strstr (squeezed, " Answers ");
  g_assert_nonnull (answers);
  g_assert_cmpuint (softmax->len, >=, 4);
  for (guint i = 0; i < softmax->len; i++)
    g_assert_nonnull (strstr (answers, g_ptr_array_index (softmax, i)));
  for (guint i = 0; i < dot->len; i++)
    g_assert_nonnull (strstr (answers, g_ptr_array_index (dot, i)));
  g_assert_nonnull (strstr (squeezed, "· 1 / "));

  xml = TOOL ("PDFTOHTML", "-xml", "-i", "-stdout", "-q", a4);
  outline = outline_lines (xml);
  g_assert_true (g_str_has_prefix (outline, "1:Softmax\n  1:Bars\n"));
  g_assert_nonnull (strstr (outline, ":Dot product\n  "));
  g_assert_nonnull (strstr (outline, ":Answers\n  "));

  RUN_OK ("--handout", again, "--topics", "softmax,dot", "--seed", "7");
  g_assert_true (same_file (a4, again));

  RUN_OK ("--handout", letter, "--topics", "entropy", "--paper", "letter");
  g_free (info);
  info = TOOL ("PDFINFO", letter);
  g_assert_nonnull (strstr (info, "Page size:       612 x 792 pts (letter)"));
  cli_remove_dir (dir);
}

/* Every bad option: exit 2, a message naming it, no file. */
static void
test_errors (void)
{
  g_autofree char *dir = cli_temp_dir ("dlm-lesson");
  g_autofree char *pdf = g_build_filename (dir, "x.pdf", NULL);
  g_autofree char *other = g_build_filename (dir, "y.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "x.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "x.pdf", NULL);
  const struct { const char *args[8]; const char *needle; } cases[] = {
    { { "--deck", pdf, "--topics", "softmax,nope" }, "--topics: “nope” is not a topic; accepted: complex, datatypes, encoding, " },
    { { "--deck", pdf, "--topics", "" }, "--topics: no topic given; accepted: " },
    { { "--deck", pdf, "--topics", " , " }, "--topics: “ , ” leaves a topic out" },
    { { "--handout", pdf, "--topics", "softmax,,dot" }, "leaves a topic out between commas" },
    { { "--deck", pdf, "--topics", "dot,softmax,dot" }, "--topics: “dot” is given twice" },
    { { "--handout", pdf, "--paper", "a5" }, "--paper: “a5” is not accepted; accepted: a4, letter" },
    { { "--deck", pdf, "--handout", other }, "--deck and --handout" },
    { { "--deck", pdf, "--export", png }, "--deck: --export does not apply to a lesson" },
    { { "--handout", pdf, "--topic", "softmax" }, "--handout: --topic does not apply" },
    { { "--deck", pdf, "--set", "view=bars" }, "--set does not apply" },
    { { "--deck", pdf, "--paper", "a4" }, "--deck: --paper does not apply" },
    { { "--handout", pdf, "--theme", "dark" }, "--handout: --theme does not apply" },
    { { "--handout", pdf, "--size", "1920x1080" }, "--handout: --size does not apply" },
    { { "--deck", pdf, "--quiz" }, "--quiz does not apply" },
    { { "--deck", png }, "--deck: " },
    { { "--deck", pdf, "--size", "100x100" }, "--size: “100x100” is not accepted with --deck" },
    { { "--deck", pdf, "--theme", "neon" }, "--theme: “neon”" },
    { { "--deck", pdf, "--seed", "-1" }, "--seed" },
    { { "--topics", "softmax" }, "--topics: applies to a lesson; add --deck FILE.pdf" },
    { { "--paper", "letter" }, "--paper: applies to a lesson" },
    { { "--deck", "/dev/null" }, "--deck: " },
  };
  CliRun run;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      run = cli_run_argv (NULL, NULL, cases[i].args);
      if (run.status != 2 || strstr (run.err, cases[i].needle) == NULL ||
          strchr (run.err, '\n') != run.err + strlen (run.err) - 1)
        g_error ("case %u: status %d, stderr: %s", i, run.status, run.err);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpuint (cli_count_files (dir), ==, 0);
      cli_run_clear (&run);
    }

  /* a file that cannot be written: 1, nothing left behind */
  run = RUN ("--deck", missing, "--topics", "softmax");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "--deck: "));
  g_assert_nonnull (strstr (run.err, "missing"));
  cli_run_clear (&run);
  g_assert_cmpuint (cli_count_files (dir), ==, 0);
  cli_remove_dir (dir);
}

static void
test_help (void)
{
  CliRun run = RUN ("--help");

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--deck=FILE.pdf"));
  g_assert_nonnull (strstr (run.out, "--handout=FILE.pdf"));
  g_assert_nonnull (strstr (run.out, "--topics=A,B,…"));
  g_assert_nonnull (strstr (run.out, "--paper=PAPER"));
  cli_run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lesson/deck-all", test_deck_all);
  g_test_add_func ("/lesson/deck-topics", test_deck_topics);
  g_test_add_func ("/lesson/handout", test_handout);
  g_test_add_func ("/lesson/errors", test_errors);
  g_test_add_func ("/lesson/help", test_help);
  return g_test_run ();
}
