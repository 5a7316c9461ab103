/* geonames-dump.c -- prints the cities that Debian's libgeonames ships
 * (GeoNames data, cities of 15,000 people or more), one per line:
 * name<TAB>state<TAB>country.  Used only by scripts/gen-lexicons.sh. */
#include <geonames.h>
#include <stdio.h>

int main(void)
{
    int n = geonames_get_n_cities();
    for (int i = 0; i < n; i++) {
        GeonamesCity *c = geonames_get_city(i);
        const char *state = geonames_city_get_state(c);
        const char *country = geonames_city_get_country(c);
        printf("%s\t%s\t%s\n", geonames_city_get_name(c), state ? state : "", country ? country : "");
        geonames_city_free(c);
    }
    return 0;
}
