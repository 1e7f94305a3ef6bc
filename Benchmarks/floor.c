/*
 * floor: the lower bound for rendering a Verity site's Markdown.
 *
 * For each `.md` file in IN_DIR (sorted by name), read it, skip the front matter (the lines from a first line
 * `---` to the next line `---`), parse and render the body with cmark-gfm using the same extensions and options
 * as Verity (table, strikethrough, autolink, tagfilter, tasklist; FOOTNOTES | SMART |
 * TABLE_PREFER_STYLE_ATTRIBUTES; safe mode, i.e. no CMARK_OPT_UNSAFE), and write the HTML to OUT_DIR/<name>.html.
 * One thread, no templates, no YAML, no link checking: just read, Markdown to HTML, write.
 *
 * Build: cc -O2 floor.c $(pkg-config --cflags --libs libcmark-gfm) -lcmark-gfm-extensions -o floor
 * Usage: floor IN_DIR OUT_DIR     (OUT_DIR is created if missing)
 */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Frees the registered extensions; exported by libcmark-gfm but declared only in its internal registry.h. */
extern void cmark_release_plugins(void);

static const char *extension_names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_md_suffix(const char *name) {
    size_t length = strlen(name);
    return length > 3 && strcmp(name + length - 3, ".md") == 0;
}

/* Reads a whole file; returns NULL on error. */
static char *read_file(const char *path, size_t *size) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    char *data = NULL;
    size_t capacity = 0, length = 0;
    for (;;) {
        if (length == capacity) {
            capacity = capacity ? capacity * 2 : 16384;
            char *grown = realloc(data, capacity + 1);
            if (!grown) { free(data); fclose(file); return NULL; }
            data = grown;
        }
        size_t got = fread(data + length, 1, capacity - length, file);
        length += got;
        if (got == 0) break;
    }
    int failed = ferror(file);
    fclose(file);
    if (failed) { free(data); return NULL; }
    data[length] = '\0';
    *size = length;
    return data;
}

/* Is the line starting at `line` exactly `---` (optionally followed by spaces or \r)? Sets *next to the next line. */
static int is_fence(const char *line, const char *end, const char **next) {
    const char *newline = memchr(line, '\n', (size_t)(end - line));
    const char *line_end = newline ? newline : end;
    *next = newline ? newline + 1 : end;
    if (line_end - line < 3 || strncmp(line, "---", 3) != 0) return 0;
    for (const char *p = line + 3; p < line_end; p++)
        if (*p != ' ' && *p != '\t' && *p != '\r') return 0;
    return 1;
}

/* The start of the body: after the second `---` line when the file opens with one, else the whole text. */
static const char *skip_front_matter(const char *text, size_t size) {
    const char *end = text + size;
    const char *next;
    if (!is_fence(text, end, &next)) return text;
    const char *line = next;
    while (line < end) {
        if (is_fence(line, end, &next)) return next;
        line = next;
    }
    return text; /* unterminated: Verity would reject it; render everything */
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s IN_DIR OUT_DIR\n", argv[0]);
        return 2;
    }
    const char *in_dir = argv[1], *out_dir = argv[2];
    if (mkdir(out_dir, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, "floor: cannot create %s: %s\n", out_dir, strerror(errno));
        return 1;
    }

    DIR *dir = opendir(in_dir);
    if (!dir) {
        fprintf(stderr, "floor: cannot open %s: %s\n", in_dir, strerror(errno));
        return 1;
    }
    size_t count = 0, capacity = 1024;
    char **names = malloc(capacity * sizeof *names);
    struct dirent *entry;
    while (names && (entry = readdir(dir)) != NULL) {
        if (entry->d_name[0] == '.' || !has_md_suffix(entry->d_name)) continue;
        if (count == capacity) {
            capacity *= 2;
            char **grown = realloc(names, capacity * sizeof *names);
            if (!grown) { for (size_t i = 0; i < count; i++) free(names[i]); free(names); names = NULL; break; }
            names = grown;
        }
        names[count++] = strdup(entry->d_name);
    }
    closedir(dir);
    if (!names) {
        fprintf(stderr, "floor: out of memory\n");
        return 1;
    }
    qsort(names, count, sizeof *names, compare_names);

    cmark_gfm_core_extensions_ensure_registered();
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_SMART | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
    int status = 0;
    size_t bytes_in = 0, bytes_out = 0;
    char path[4096];

    for (size_t i = 0; i < count && status == 0; i++) {
        snprintf(path, sizeof path, "%s/%s", in_dir, names[i]);
        size_t size = 0;
        char *text = read_file(path, &size);
        if (!text) {
            fprintf(stderr, "floor: cannot read %s: %s\n", path, strerror(errno));
            status = 1;
            break;
        }
        const char *body = skip_front_matter(text, size);
        size_t body_size = size - (size_t)(body - text);

        cmark_parser *parser = cmark_parser_new(options);
        for (size_t e = 0; e < sizeof extension_names / sizeof *extension_names; e++) {
            cmark_syntax_extension *extension = cmark_find_syntax_extension(extension_names[e]);
            if (extension) cmark_parser_attach_syntax_extension(parser, extension);
        }
        cmark_parser_feed(parser, body, body_size);
        cmark_node *document = cmark_parser_finish(parser);
        char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));

        /* names[i] ends in ".md": replace it with ".html". */
        snprintf(path, sizeof path, "%s/%.*s.html", out_dir, (int)(strlen(names[i]) - 3), names[i]);
        size_t html_size = strlen(html);
        FILE *out = fopen(path, "wb");
        int written = out != NULL && fwrite(html, 1, html_size, out) == html_size;
        if (out != NULL && fclose(out) != 0) written = 0;
        if (!written) {
            fprintf(stderr, "floor: cannot write %s: %s\n", path, strerror(errno));
            status = 1;
        }
        bytes_in += body_size;
        bytes_out += html_size;

        free(html);
        cmark_node_free(document);
        cmark_parser_free(parser);
        free(text);
    }

    for (size_t i = 0; i < count; i++) free(names[i]);
    free(names);
    cmark_release_plugins();
    if (status == 0)
        fprintf(stderr, "floor: %zu files, %zu bytes of Markdown -> %zu bytes of HTML\n", count, bytes_in, bytes_out);
    return status;
}
