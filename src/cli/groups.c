/* groups.c: grouping interpreters by byte-identical output (one copy per distinct output) and printing the groups. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static uint64_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t)n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    uint64_t tail = 0;
    memcpy(&tail, s + i, n - i);
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
}

void grouper_init(Grouper *g, uint64_t n) {
    memset(g, 0, sizeof *g);
    g->n = n;
}

void grouper_free(Grouper *g) {
    free(g->groups);
    free(g->arena);
    free(g->table);
    free(g->id_group);
    free(g->ranges);
    free(g->order);
    memset(g, 0, sizeof *g);
}

static int grouper_grow_table(Grouper *g) {
    if (g->table_cap >= (1u << 31)) return -1;
    uint32_t cap = g->table_cap ? g->table_cap * 2 : 64;
    uint32_t *t = calloc(cap, sizeof *t);
    if (!t) return -1;
    for (uint32_t i = 0; i < g->ngroups; i++) {
        uint32_t k = g->groups[i].hash & (cap - 1);
        while (t[k]) k = (k + 1) & (cap - 1);
        t[k] = i + 1;
    }
    free(g->table);
    g->table = t;
    g->table_cap = cap;
    return 0;
}

static const char *group_data(const Grouper *g, const Group *G) { return g->arena + G->data_off; }

/* Grows by half again (not double): with a million distinct outputs these arrays dominate. */
static int grow(void **p, uint64_t *cap, uint64_t need, size_t elem, uint64_t first_cap) {
    if (need <= *cap) return 0;
    uint64_t c = *cap ? *cap : first_cap;
    while (c < need) c += c / 2;
    void *np = realloc(*p, (size_t)(c * elem));
    if (!np) return -1;
    *p = np;
    *cap = c;
    return 0;
}

static int64_t grouper_new_group(Grouper *g, uint32_t hash, const char *data, size_t len) {
    uint64_t cap_groups = g->cap_groups;
    if (g->ngroups == UINT32_MAX - 1 ||
        grow((void **)&g->groups, &cap_groups, (uint64_t)g->ngroups + 1, sizeof(Group), 16) < 0 ||
        grow((void **)&g->arena, &g->arena_cap, g->arena_len + len, 1, 4096) < 0)
        return -1;
    g->cap_groups = (uint32_t)(cap_groups < UINT32_MAX ? cap_groups : UINT32_MAX);
    Group *G = &g->groups[g->ngroups];
    memset(G, 0, sizeof *G);
    G->data_off = g->arena_len;
    G->len = len;
    G->hash = hash;
    G->first_id = UINT32_MAX;
    memcpy(g->arena + g->arena_len, data, len);
    g->arena_len += len;
    return g->ngroups++;
}

/* Returns the group number holding exactly these bytes, making a new group if there is none. */
static int64_t grouper_find_or_add(Grouper *g, const char *data, size_t len) {
    if ((uint64_t)(g->ngroups + 1) * 2 > g->table_cap && grouper_grow_table(g) < 0) return -1;
    uint32_t h = (uint32_t)hash_bytes(data, len);
    uint32_t k = h & (g->table_cap - 1);
    for (; g->table[k]; k = (k + 1) & (g->table_cap - 1)) {
        Group *G = &g->groups[g->table[k] - 1];
        if (G->hash == h && G->len == len && memcmp(group_data(g, G), data, len) == 0) return g->table[k] - 1;
    }
    int64_t gi = grouper_new_group(g, h, data, len);
    if (gi >= 0) g->table[k] = (uint32_t)gi + 1;
    return gi;
}

int grouper_add(Grouper *g, uint64_t id, uint64_t count, const char *data, size_t len) {
    if (!g->id_group) {   /* allocated on first use: a grouper that never sees output costs nothing */
        g->id_group = calloc((size_t)g->n, sizeof *g->id_group);
        if (!g->id_group) return -1;
    }
    int64_t gi = grouper_find_or_add(g, data, len);
    if (gi < 0) return -1;
    Group *G = &g->groups[gi];
    G->count += (uint32_t)count;
    if (id < G->first_id) G->first_id = (uint32_t)id;
    for (uint64_t k = 0; k < count; k++) g->id_group[id + k] = (uint32_t)gi + 1;
    return 0;
}

/* Whether id starts a new range of its group (the previous id is in another group or none). */
static bool starts_range(const Grouper *g, uint64_t id) {
    return id == 0 || g->id_group[id - 1] != g->id_group[id];
}

/* Two passes over the ids: count each group's ranges, then lay them out group after group
   (no per-group allocations); groups are listed by first id as they are met. */
int grouper_finish(Grouper *g) {
    if (!g->id_group) return 0;
    uint64_t total = 0;
    for (uint64_t id = 0; id < g->n; id++) {
        uint32_t gi = g->id_group[id];
        if (gi && starts_range(g, id)) { g->groups[gi - 1].nranges++; total++; }
    }
    g->ranges = malloc((size_t)(total ? total : 1) * sizeof *g->ranges);
    g->order = malloc(((size_t)g->ngroups + 1) * sizeof *g->order);
    if (!g->ranges || !g->order) return -1;
    g->norder = 0;
    uint32_t next = 0;
    for (uint64_t id = 0; id < g->n; id++) {
        uint32_t gi = g->id_group[id];
        if (!gi) continue;
        Group *G = &g->groups[gi - 1];
        if (G->first_id == id) {   /* first meeting: reserve its ranges */
            G->range_start = next;
            next += G->nranges;
            G->nranges = 0;
            g->order[g->norder++] = gi - 1;
        }
        if (starts_range(g, id)) g->ranges[G->range_start + G->nranges++] = (IdRange){ (uint32_t)id, (uint32_t)id };
        else g->ranges[G->range_start + G->nranges - 1].last = (uint32_t)id;
    }
    return 0;
}

static void write_id_range(FILE *f, const IdRange *r) {
    if (r->first == r->last) fprintf(f, "%u", r->first);
    else fprintf(f, "%u-%u", r->first, r->last);
}

/* A header must stay one readable line even for a million scattered ids: a long list keeps its first
   ID_RANGES_HEAD ranges and its last one, with "..." for the rest (the count is printed too). */
#define ID_RANGES_HEAD 10
void write_id_ranges(FILE *f, const IdRange *r, size_t n) {
    bool cut = n > ID_RANGES_HEAD + 2;
    size_t shown = cut ? ID_RANGES_HEAD : n;
    for (size_t i = 0; i < shown; i++) {
        if (i) fputc(',', f);
        write_id_range(f, &r[i]);
    }
    if (!cut) return;
    fputs(",...,", f);
    write_id_range(f, &r[n - 1]);
}

/* One line ending in "\n" with some text: it goes on the header line itself. */
static bool is_single_line(const char *s, size_t len) {
    return len > 1 && s[len - 1] == '\n' && memchr(s, '\n', len - 1) == NULL;
}

/* Every line indented (the group's indent plus two spaces), so a body line is never taken for a header. */
static void write_indented(FILE *f, const char *indent, const char *s, size_t len) {
    size_t start = 0;
    while (start < len) {
        const char *nl = memchr(s + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - s) : len;
        fprintf(f, "%s  ", indent);
        fwrite(s + start, 1, end - start, f);
        fputc('\n', f);
        start = end + 1;
    }
}

void write_group_text(FILE *f, const char *indent, const Grouper *g, const Group *G, const char *data, size_t len) {
    fprintf(f, "%s[", indent);
    write_id_ranges(f, g->ranges + G->range_start, G->nranges);
    fputc(']', f);
    if (G->count > 1) fprintf(f, " (%llux)", (unsigned long long)G->count);
    if (is_single_line(data, len)) {
        fputc(' ', f);
        fwrite(data, 1, len, f);
        return;
    }
    fputc('\n', f);
    write_indented(f, indent, data, len);
    if (len && data[len - 1] != '\n') fprintf(f, "%s\\ no newline at end\n", indent);
}

static void write_group(FILE *f, const char *indent, const Grouper *g, const Group *G) {
    write_group_text(f, indent, g, G, group_data(g, G), (size_t)G->len);
}

void write_groups(FILE *f, const Grouper *g, const char *indent) {
    for (uint32_t k = 0; k < g->norder; k++) write_group(f, indent, g, &g->groups[g->order[k]]);
}

const char *grouper_text_of(const Grouper *g, uint64_t id, size_t *len) {
    if (!g->id_group || id >= g->n || !g->id_group[id]) return NULL;
    const Group *G = &g->groups[g->id_group[id] - 1];
    *len = (size_t)G->len;
    return group_data(g, G);
}

/* The last non-empty line of a stderr text: "ZeroDivisionError: division by zero". */
static void last_line(const char *s, size_t len, const char **line, size_t *n) {
    while (len && (s[len - 1] == '\n' || s[len - 1] == '\r' || s[len - 1] == ' ')) len--;
    size_t start = len;
    while (start && s[start - 1] != '\n') start--;
    *line = s + start;
    *n = len - start;
}

/* What a failure is grouped by: the last line of its stderr, plus a newline (one-line group). */
int failure_key(const MyriadResult *r, char **key, size_t *n) {
    const char *line;
    size_t len;
    last_line(r->err, r->err_len, &line, &len);
    char made[64];
    if (len == 0) {   /* nothing on stderr, e.g. sys.exit(3) */
        if (r->status == MYRIAD_EXIT) snprintf(made, sizeof made, "SystemExit: %d", r->exit_code);
        else snprintf(made, sizeof made, "%s (no message)", myriad_status_name(r->status));
        line = made;
        len = strlen(made);
    }
    *key = malloc(len + 1);
    if (!*key) return -1;
    memcpy(*key, line, len);
    (*key)[len] = '\n';
    *n = len + 1;
    return 0;
}
