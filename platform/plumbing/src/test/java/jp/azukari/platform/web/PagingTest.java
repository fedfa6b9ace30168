package jp.azukari.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.domain.Sort.Order;

class PagingTest {

  private static final Map<String, List<String>> SORTABLE =
      Map.of(
          "createdAt", List.of("createdAt"),
          "nameKana", List.of("familyNameKana", "givenNameKana"));

  @Test
  void acceptsASearchTextOfAtMostOneHundredCharacters() {
    String longest = "あ".repeat(100);
    assertThat(Paging.query(longest)).isEqualTo(longest);
    assertThat(Paging.query(null)).isNull();
    assertThatThrownBy(() -> Paging.query("あ".repeat(101)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("Search for at most 100 characters at a time.");
  }

  @Test
  void startsAtPageZeroAndRefusesNegativePages() {
    assertThat(Paging.page(null)).isZero();
    assertThat(Paging.page(3)).isEqualTo(3);
    assertThatThrownBy(() -> Paging.page(-1))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("The page number starts at 0.");
  }

  @Test
  void pagesTwentyByDefaultAndAtMostOneHundred() {
    assertThat(Paging.size(null)).isEqualTo(20);
    assertThat(Paging.size(1)).isEqualTo(1);
    assertThat(Paging.size(100)).isEqualTo(100);
    for (int bad : new int[] {0, -5, 101}) {
      assertThatThrownBy(() -> Paging.size(bad))
          .as("size %d", bad)
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("The page size must be between 1 and 100.");
    }
  }

  @Test
  void sortsByTheDefaultWithAnIdTieBreakWhenNoneIsAskedFor() {
    Sort expected = Sort.by(Order.desc("createdAt"), Order.asc("_id"));
    assertThat(Paging.sort(null, SORTABLE, "createdAt,desc")).isEqualTo(expected);
    assertThat(Paging.sort(" ", SORTABLE, "createdAt,desc")).isEqualTo(expected);
  }

  @Test
  void sortsByEveryStoredFieldOfTheColumnThenById() {
    assertThat(Paging.sort("nameKana,desc", SORTABLE, "createdAt,desc"))
        .containsExactly(
            Order.desc("familyNameKana"), Order.desc("givenNameKana"), Order.asc("_id"));
    assertThat(Paging.sort(" createdAt , ASC ", SORTABLE, "createdAt,desc"))
        .containsExactly(Order.asc("createdAt"), Order.asc("_id"));
  }

  @Test
  void sortsAscendingWhenNoDirectionIsGiven() {
    assertThat(Paging.sort("createdAt", SORTABLE, "createdAt,desc").getOrderFor("createdAt"))
        .extracting(Order::getDirection)
        .isEqualTo(Direction.ASC);
  }

  @Test
  void refusesUnknownColumnsAndDirectionsNamingTheSortableOnes() {
    for (String bad :
        List.of("email,asc", "createdAt,sideways", "createdAt,", "createdAt,asc,desc", "_id")) {
      assertThatThrownBy(() -> Paging.sort(bad, SORTABLE, "createdAt,desc"))
          .as(bad)
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("Sort by one of createdAt, nameKana, as field,asc or field,desc.");
    }
  }

  @Test
  void treatsAnUnsortableDefaultAsAProgrammingError() {
    assertThatThrownBy(() -> Paging.sort(null, SORTABLE, "number,desc"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
